package vn.danvan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.shared.DanVanTime;

/**
 * Each person chooses how notices reach them by e-mail (each by its own mail, one digest a day, none) on their
 * own account page; the in-app notice is there whatever the choice; a day's notices of a digest go out as one
 * mail the next morning, once.
 */
@DanVanIntegrationTest
class MailChoiceIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    NotificationService notifications;
    @Autowired
    MailDigests digests;
    @Autowired
    Clock clock;

    OrganisationFixture organisation;
    String tag;

    @BeforeEach
    void setUp() {
        organisation = OrganisationFixture.of(context);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    /** An officer of a unit no other test sends work to, so that only this test's notices reach them. */
    private OrganisationFixture.Staff officerWithMail() {
        return organisation.staff().in("TLONG").email("thu." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn").create();
    }

    private void choose(String username, String choice) throws Exception {
        mvc.perform(post("/account/notices").with(SignedIn.as(context, username)).with(csrf()).param("choice", choice))
                .andExpect(redirectedUrl("/account/notices"));
    }

    private List<Map<String, Object>> mailsTo(String email) {
        return jdbc.sql("select subject, body, reference from mail_outbox where recipient = :r order by id")
                .param("r", email).query().listOfRows();
    }

    private long inApp(long account) {
        return jdbc.sql("select count(*) from notification where account_id = :a and title like :t")
                .param("a", account).param("t", "%" + tag + "%").query(Long.class).single();
    }

    private String choiceOf(long account) {
        return jdbc.sql("select choice from mail_choice where account_id = :a").param("a", account).query(String.class)
                .optional().orElse(null);
    }

    @Test
    void eachNoticeIsMailedByDefaultAndNotAtAllForWhoChoseNone() throws Exception {
        var each = officerWithMail();
        var none = officerWithMail();
        choose(none.username(), "NONE");

        notifications.notifyAccount(each.accountId(), "Việc mới " + tag, "Nội dung", "/petitions/1");
        notifications.notifyAccount(none.accountId(), "Việc mới " + tag, "Nội dung", "/petitions/1");

        assertThat(mailsTo(each.email())).singleElement()
                .satisfies(m -> assertThat((String) m.get("body")).contains("/petitions/1"));
        assertThat(mailsTo(none.email())).isEmpty();
        assertThat(inApp(none.accountId())).isEqualTo(1);
    }

    @Test
    void threeNoticesOfADayGoOutAsOneMailTheNextMorningWithTheirLinksAndOnce() throws Exception {
        var person = officerWithMail();
        choose(person.username(), "DAILY_DIGEST");
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));

        for (int i = 1; i <= 3; i++) {
            notifications.notifyAccount(person.accountId(), "Việc số " + i + " " + tag, "Nội dung " + i,
                    "/petitions/" + (900_000 + i));
        }

        assertThat(inApp(person.accountId())).isEqualTo(3);
        assertThat(mailsTo(person.email())).as("nothing mailed singly").isEmpty();
        digests.send(today);
        assertThat(mailsTo(person.email())).as("not before the next morning").isEmpty();

        assertThat(digests.send(today.plusDays(1))).isPositive();
        digests.send(today.plusDays(1));
        digests.send(today.plusDays(2));

        assertThat(mailsTo(person.email())).singleElement().satisfies(m -> {
            assertThat((String) m.get("subject")).isEqualTo(
                    "Tổng hợp thông báo ngày " + DanVanTime.DATE.format(today) + " (3 thông báo)");
            assertThat((String) m.get("body")).contains("Việc số 1 " + tag, "Việc số 2 " + tag, "Việc số 3 " + tag,
                    "/petitions/900001", "/petitions/900002", "/petitions/900003");
            assertThat((String) m.get("reference")).isEqualTo("TH-" + person.accountId() + "-" + today);
        });
    }

    @Test
    void theChoiceFormRefusesAnUnknownValueInVietnameseAndSavesNothing() throws Exception {
        var person = officerWithMail();

        String page = mvc.perform(post("/account/notices").with(SignedIn.as(context, person.username())).with(csrf())
                        .param("choice", "WEEKLY"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Hãy chọn một trong ba cách nhận thư điện tử.").contains("id=\"form-errors\"");
        mvc.perform(post("/account/notices").with(SignedIn.as(context, person.username())).with(csrf()))
                .andExpect(status().isOk());
        assertThat(choiceOf(person.accountId())).isNull();

        choose(person.username(), "DAILY_DIGEST");
        assertThat(choiceOf(person.accountId())).isEqualTo("DAILY_DIGEST");
        String form = mvc.perform(get("/account/notices").with(SignedIn.as(context, person.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("Nhận thư điện tử").contains("Một thư tổng hợp mỗi ngày")
                .containsPattern("value=\"DAILY_DIGEST\"[^>]*checked");
    }
}
