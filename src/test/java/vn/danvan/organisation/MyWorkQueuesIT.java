package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.shared.DanVanTime;

/**
 * Every queue of "Việc của tôi" counts what its definition says, for the demo people whose roles have it: the count
 * on the card equals the same question asked of the database, and a queue with nothing waiting is listed with what
 * comes next instead of a card. A role without a queue does not see it.
 */
@DanVanIntegrationTest
class MyWorkQueuesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganisationService organisation;

    private String home(String username) throws Exception {
        return mvc.perform(get("/home").with(SignedIn.as(context, username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Long.class).single();
    }

    /** The queue is a card with this count, or (none waiting) a line of the quiet list saying what comes next. */
    private static void assertQueue(String page, String nameKey, long expected) {
        Matcher card = Pattern.compile("class=\"card h-100 dv-queue\" id=\"queue-" + Pattern.quote(nameKey)
                + "\">.*?badge text-bg-danger rounded-pill\"[^>]*>([0-9.]+)<", Pattern.DOTALL).matcher(page);
        if (expected == 0) {
            assertThat(card.find()).as("%s has no card", nameKey).isFalse();
            assertThat(page).as("%s in the quiet list", nameKey).contains("<li class=\"mb-1\" id=\"queue-" + nameKey + "\">");
        } else {
            assertThat(card.find()).as("%s has a card", nameKey).isTrue();
            assertThat(Long.parseLong(card.group(1).replace(".", ""))).as("%s count", nameKey).isEqualTo(expected);
        }
    }

    @Test
    void eachQueueCountsWhatItsDefinitionSays() throws Exception {
        long anBinh = organisation.unitByCode("ABINH").orElseThrow().id();
        LocalDate today = LocalDate.now(DanVanTime.ZONE);

        String officer = home("anbinh.canbo");
        assertQueue(officer, "work.dossier.open", count("select count(*) from dossier where unit_id = ?"
                + " and state in ('RECEIVED', 'IN_PROGRESS')", anBinh));
        assertQueue(officer, "work.plan.write", count("select count(*) from annual_plan where unit_id = ?"
                + " and status in ('DRAFT', 'RETURNED')", anBinh));
        assertQueue(officer, "work.report.write", count("select count(*) from unit_report r join reporting_period p"
                + " on p.id = r.period_id where p.approved_at is null and r.unit_id = ?"
                + " and r.state in ('NOT_STARTED', 'DRAFT', 'RETURNED', 'SIGNED_OFF')", anBinh));
        assertQueue(officer, "work.supervision.answer", count("select count(*) from supervision_recipient r"
                + " join supervision_request q on q.id = r.request_id where r.unit_id = ? and r.status = 'OPEN'"
                + " and q.status = 'SENT'", anBinh));
        assertQueue(officer, "work.dialogue.commitment", count("select count(*) from dialogue_commitment"
                + " where owner_unit_id = ? and status = 'OPEN'", anBinh));
        assertQueue(officer, "work.consultation.due", count("select count(*) from consultation where unit_id = ?"
                + " and ((status = 'DRAFT' and opens_on <= ?) or (status = 'OPEN' and closes_on <= ?))",
                anBinh, today, today));
        assertThat(officer).as("an officer approves nothing").doesNotContain("queue-work.plan.approve",
                "queue-work.petition.approve", "queue-work.commendation.decide", "queue-work.report.review",
                "queue-work.model.evaluate");

        String head = home("anbinh.truong");
        assertQueue(head, "work.plan.approve", count("select count(*) from annual_plan where unit_id = ?"
                + " and status = 'SUBMITTED'", anBinh));
        assertQueue(head, "work.petition.approve", count("select count(*) from petition where unit_id = ?"
                + " and status = 'ANSWER_DRAFTED'", anBinh));

        String homeAffairs = home("noivu");
        assertQueue(homeAffairs, "work.report.review", count("select count(*) from unit_report r"
                + " join reporting_period p on p.id = r.period_id where p.approved_at is null"
                + " and r.state = 'SUBMITTED'"));
        assertQueue(homeAffairs, "work.petition.route", count("select count(*) from petition where unit_id is null"
                + " and status = 'RECEIVED'"));
        assertQueue(homeAffairs, "work.model.evaluate", count("select count(*) from model_entry"
                + " where status = 'SUBMITTED'"));

        String chairman = home("chutich");
        assertQueue(chairman, "work.commendation.decide", count("select count(*) from commendation_round"
                + " where state = 'SUBMITTED'"));
        assertQueue(chairman, "work.report.consolidated", count("select count(*) from reporting_period"
                + " where consolidated_at is not null and approved_at is null"));

        String office = home("tnmt.truong");
        assertThat(office).as("an office holds no consultations").doesNotContain("queue-work.consultation.due");
    }
}
