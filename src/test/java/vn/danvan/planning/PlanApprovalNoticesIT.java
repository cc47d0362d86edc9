package vn.danvan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.Eventually.direct;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.Eventually;
import vn.danvan.SignedIn;
import vn.danvan.notification.NoticeFixture;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.organisation.Role;

/**
 * A plan sent for approval reaches the unit's head once per sending, with its link and by e-mail; the
 * officers and another unit's head get nothing; sent again after a return, the head hears again.
 */
@DanVanIntegrationTest
class PlanApprovalNoticesIT {

    private static final String UNIT = "VHOA";
    private static final int YEAR = 2024;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanApprovalNotices approvals;

    NoticeFixture notices;

    @BeforeEach
    void setUp() {
        notices = NoticeFixture.of(context);
    }

    private void act(String username, long planId, String action, String note) throws Exception {
        var request = post("/planning/plans/{id}/{action}", planId, action).with(SignedIn.as(context, username))
                .with(csrf()).param("version", String.valueOf(SubmittedPlans.version(jdbc, planId)));
        if (note != null) {
            request = request.param("note", note);
        }
        mvc.perform(request).andExpect(redirectedUrl("/planning/plans/" + planId));
    }

    @Test
    void aPlanSentForApprovalReachesTheHeadOncePerSending() throws Exception {
        OrganisationFixture organisation = OrganisationFixture.of(context);
        var officer = notices.person(UNIT, "EACH", Role.OFFICER);
        var head = notices.person(UNIT, "EACH", Role.UNIT_HEAD);
        long unit = organisation.unit(UNIT);
        long plan = SubmittedPlans.submitted(context, officer, UNIT, YEAR);
        String link = "/planning/plans/" + plan;

        assertThat(Eventually.is(1L, () -> notices.inApp(head.accountId(), link))).isEqualTo(1);
        assertThat(notices.titles(head.accountId(), link))
                .containsExactly("Kế hoạch năm " + YEAR + " của Ủy ban nhân dân xã Vĩnh Hòa chờ đồng chí phê duyệt");
        assertThat(notices.mailsTo(head.email(), link)).singleElement().asString().contains(link);
        assertThat(notices.inApp(officer.accountId(), link)).isZero();
        assertThat(notices.inApp(organisation.accountId("anbinh.truong"), link)).isZero();

        // the same event again tells nobody twice
        long sentFrom = jdbc.sql("select cast(substring(kind, 8) as bigint) from notice_sent where topic = :t and subject_id = :p")
                .param("t", PlanApprovalNotices.TOPIC).param("p", plan).query(Long.class).single();
        direct(approvals).on(new PlanSubmitted(plan, unit, YEAR, sentFrom, notices.sentOn(PlanApprovalNotices.TOPIC, plan)));
        assertThat(notices.inApp(head.accountId(), link)).isEqualTo(1);

        // returned, corrected and sent again: the head hears of the new sending
        act(head.username(), plan, "return", "Bổ sung chỉ tiêu");
        act(officer.username(), plan, "submit", null);
        assertThat(Eventually.is(2L, () -> notices.inApp(head.accountId(), link))).isEqualTo(2);
    }
}
