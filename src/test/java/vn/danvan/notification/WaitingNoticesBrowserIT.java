package vn.danvan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;

/**
 * The administrator sees on the outbox screen a deadline warning that nobody could receive (its unit has
 * no head account) and, once someone receives it, no longer.
 */
@DanVanIntegrationTest
class WaitingNoticesBrowserIT extends BrowserTestSupport {

    private final NoticeService notices;
    private final OrganisationService organisation;
    private final JdbcClient jdbc;
    private final long subject = 900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);

    @Autowired
    WaitingNoticesBrowserIT(NoticeService notices, OrganisationService organisation, JdbcClient jdbc) {
        this.notices = notices;
        this.organisation = organisation;
        this.jdbc = jdbc;
    }

    @AfterEach
    void removeTheTestNotice() {
        jdbc.sql("delete from notice_waiting where subject_id = :s").param("s", subject).update();
        jdbc.sql("delete from notice_sent where subject_id = :s").param("s", subject).update();
    }

    @Test
    void theAdministratorSeesANoticeNobodyCouldReceiveUntilItGoesOut() {
        NoticeKey key = new NoticeKey("petition.deadline", subject, "OVERDUE", LocalDate.of(2027, 3, 15));
        NoticeLetter nobody = new NoticeLetter(List.of(), "Phản ánh quá hạn", "Phản ánh đã quá hạn.", "/petitions");
        assertThat(notices.notifyOnce(key, nobody)).isEqualTo(NoticeOutcome.NOBODY_TO_TELL);

        signIn("admin", DEMO_PASSWORD);
        clickMenu("nav-outbox");
        assertThat(text(By.cssSelector("#waiting-notices h2"))).startsWith("Thông báo chưa có người nhận (");
        String row = findAll(By.cssSelector("#waiting-table tbody tr")).stream().map(r -> r.getText())
                .filter(t -> t.contains(String.valueOf(subject))).findFirst().orElseThrow();
        assertThat(row).contains("Thời hạn giải quyết phản ánh, kiến nghị", "OVERDUE", "15/03/2027");

        // every waiting notice, a page at a time, by kind
        open("/admin/outbox/waiting");
        select(By.id("topic"), "Thời hạn giải quyết phản ánh, kiến nghị");
        clickAndWaitForPage(By.id("waiting-filter-submit"));
        assertThat(findAll(By.cssSelector("#waiting-table tbody tr"))).isNotEmpty()
                .allMatch(r -> r.getText().startsWith("Thời hạn giải quyết phản ánh, kiến nghị"));
        assertNoSeriousAccessibilityViolation("the waiting notices");

        long admin = organisation.staffWithRole(Role.ADMIN).get(0).accountId();
        NoticeLetter toAdmin = new NoticeLetter(List.of(admin), "Phản ánh quá hạn", "Phản ánh đã quá hạn.",
                "/petitions");
        assertThat(notices.notifyOnce(key, toAdmin)).isEqualTo(NoticeOutcome.SENT);
        open("/admin/outbox");
        assertThat(pageSource()).doesNotContain(">" + subject + "<");
    }
}
