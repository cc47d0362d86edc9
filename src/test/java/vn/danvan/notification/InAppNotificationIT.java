package vn.danvan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;

/** In-app notifications reach their owner only; opening one marks it read and goes where it points. */
@DanVanIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class InAppNotificationIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NotificationService notifications;

    /**
     * The unit of the accounts these tests make: one no other test sends work to, so that no notice of work
     * arriving (a petition for An Bình, say, told after another test's commit) joins theirs.
     */
    private static final String QUIET_UNIT = "TLONG";

    OrganisationFixture organisation;

    @BeforeEach
    void staff() {
        organisation = OrganisationFixture.of(context);
    }

    @Test
    void aNotificationIsShownToItsOwnerOnly() throws Exception {
        var owner = organisation.staff().in(QUIET_UNIT).create();
        var other = organisation.staff().in(QUIET_UNIT).create();
        notifications.notifyAccount(owner.accountId(), "Kiến nghị mới được giao: đường liên xã An Bình",
                "Hạn trả lời 15/07/2025.", "/petitions/12");

        mvc.perform(get("/notifications").with(SignedIn.as(context, owner.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kiến nghị mới được giao: đường liên xã An Bình")))
                .andExpect(content().string(containsString("Hạn trả lời 15/07/2025.")))
                .andExpect(content().string(containsString("Chưa đọc")));
        mvc.perform(get("/notifications").with(SignedIn.as(context, other.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("đường liên xã An Bình"))))
                .andExpect(content().string(containsString("Bạn chưa có thông báo nào.")));
    }

    @Test
    void openingMarksReadAndGoesToTheLinkButNotForAnotherAccount() throws Exception {
        var owner = organisation.staff().in(QUIET_UNIT).create();
        var other = organisation.staff().in(QUIET_UNIT).create();
        notifications.notifyAccount(owner.accountId(), "Báo cáo tháng 6 bị trả lại", null, "/reports/7");
        long id = onlyNotificationOf(owner.accountId());

        mvc.perform(post("/notifications/{id}/open", id).with(SignedIn.as(context, other.username())).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(isRead(id)).isFalse();

        mvc.perform(post("/notifications/{id}/open", id).with(SignedIn.as(context, owner.username())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reports/7"));
        assertThat(isRead(id)).isTrue();
    }

    @Test
    void markAllReadClearsTheUnreadCount() throws Exception {
        var owner = organisation.staff().in(QUIET_UNIT).create();
        notifications.notifyAccount(owner.accountId(), "Thông báo thứ nhất", "Nội dung", "/home");
        notifications.notifyAccount(owner.accountId(), "Thông báo thứ hai", "Nội dung", null);

        mvc.perform(get("/notifications/unread-count").with(SignedIn.as(context, owner.username())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("id=\"dv-unread\"")))
                .andExpect(content().string(containsString("2 thông báo chưa đọc")))
                .andExpect(content().string(not(containsString("<html"))));

        mvc.perform(post("/notifications/read-all").with(SignedIn.as(context, owner.username())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notifications"));

        mvc.perform(get("/notifications/unread-count").with(SignedIn.as(context, owner.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dv-unread\"")))
                .andExpect(content().string(not(containsString("chưa đọc"))));
        mvc.perform(get("/notifications").with(SignedIn.as(context, owner.username())))
                .andExpect(content().string(not(containsString("id=\"mark-all-read\""))));
    }

    @Test
    void theAccountsPersonAlsoGetsItByEmailWithoutTheAddressInTheLog(CapturedOutput output) {
        var owner = organisation.staff().email(OrganisationFixture.unique("can.bo.") + "@phugiao.example.vn").create();
        notifications.notifyAccount(owner.accountId(), "Lịch tiếp dân tháng 7", "Chi tiết trong hệ thống.",
                "/calendar");
        long id = onlyNotificationOf(owner.accountId());

        var mail = jdbc.sql("select recipient, subject, body, status from mail_outbox where reference = :ref")
                .param("ref", "TB-" + id).query().singleRow();
        assertThat(mail.get("recipient")).isEqualTo(owner.email());
        assertThat(mail.get("subject")).isEqualTo("Lịch tiếp dân tháng 7");
        assertThat((String) mail.get("body")).startsWith("Chi tiết trong hệ thống.").endsWith("/calendar");
        assertThat(mail.get("status")).isEqualTo("NO_SMTP");
        assertThat(output.getAll()).contains("TB-" + id).doesNotContain(owner.email());
    }

    @Test
    void anAccountWithoutEmailGetsNoMail() {
        var owner = organisation.staff().in(QUIET_UNIT).create();
        notifications.notifyAccount(owner.accountId(), "Chỉ trong hệ thống", null, null);
        long id = onlyNotificationOf(owner.accountId());
        assertThat(jdbc.sql("select count(*) from mail_outbox where reference = :ref").param("ref", "TB-" + id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aLinkOutsideDanVanIsRefused() {
        var owner = organisation.staff().in(QUIET_UNIT).create();
        for (String link : new String[] {"https://example.com/", "//example.com/x", "/\\example.com", "petitions/1"}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> notifications.notifyAccount(owner.accountId(), "Tiêu đề", null, link));
        }
    }

    private long onlyNotificationOf(long accountId) {
        return jdbc.sql("select id from notification where account_id = :a").param("a", accountId).query(Long.class)
                .single();
    }

    private boolean isRead(long id) {
        return jdbc.sql("select read_at is not null from notification where id = :id").param("id", id)
                .query(Boolean.class).single();
    }
}
