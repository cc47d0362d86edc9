package vn.danvan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.shared.DanVanTime;

/**
 * A guiding document clicked through: Home Affairs sends it to every commune; An Bình acknowledges it and records its
 * dissemination; once the days have passed, Home Affairs sees An Bình done and the others late, and reminds the late
 * ones in one action.
 */
@DanVanIntegrationTest
class DistributionBrowserIT extends BrowserTestSupport {

    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    /**
     * The notices to communes without an account wait on the record (notice_waiting) until someone is there; the
     * many this class makes would push other tests' waiting notices off the outbox screen's first hundred.
     */
    @AfterEach
    void forgetTheNoticesWaitingForCommunesWithoutAccounts() {
        jdbc.sql("delete from notice_waiting where topic like 'distribution.%'").update();
    }

    @Test
    void aDocumentSentToTheCommunesAcknowledgedBySomeRemindedToTheRest() {
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        String note = "Quán triệt trong tháng " + uniqueSuffix();

        signIn("noivu", DEMO_PASSWORD);
        clickMenu("nav-distributions");
        clickAndWaitForPage(By.id("distribution-new"));
        new Select(find(By.id("documentId"))).selectByIndex(1);
        click(By.id("unitKinds-COMMUNE_COMMITTEE"));
        type(By.id("note"), note);
        clickAndWaitForPage(By.id("send-distribution"));
        waitForPathMatching("/distributions/\\d+");
        String path = currentPath();
        assertThat(text(By.id("flash"))).startsWith("Đã gửi văn bản đến");
        assertThat(text(By.cssSelector("#distribution-units tr[data-state='UNREAD']"))).isNotBlank();
        signOut();

        signIn("anbinh.canbo", DEMO_PASSWORD);
        clickMenu("nav-distributions");
        clickAndWaitForPage(By.xpath("//table[@id='received-table']//a[@href='" + path + "']"));
        assertThat(text(By.id("own-state"))).isEqualTo("Chưa xác nhận");
        clickAndWaitForPage(By.id("acknowledge"));
        assertThat(text(By.id("own-state"))).isEqualTo("Đã nhận, chưa quán triệt");
        type(By.id("disseminatedOn"), today.format(DanVanTime.DATE));
        select(By.id("way"), "Hội nghị quán triệt, học tập");
        type(By.id("attendance"), "38");
        clickAndWaitForPage(By.id("disseminate"));
        assertThat(text(By.id("flash"))).isEqualTo("Đã ghi nhận việc quán triệt.");
        assertThat(text(By.id("own-state"))).isEqualTo("Đã quán triệt");
        assertNoSeriousAccessibilityViolation("a document received and disseminated");
        screenshot("distribution-disseminated");
        signOut();

        // the days pass: the communes that did nothing are late
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        jdbc.sql("update distribution set sent_on = :s, acknowledge_by = :a, disseminate_by = :d where id = :id")
                .param("s", today.minusDays(10)).param("a", today.minusDays(6)).param("d", today.minusDays(1))
                .param("id", id).update();
        signIn("noivu", DEMO_PASSWORD);
        open(path);
        String anBinh = text(By.xpath("//table[@id='distribution-units']//tr[th[normalize-space()='Ủy ban nhân dân xã An Bình']]"));
        assertThat(anBinh).contains("Đã quán triệt", "Hội nghị quán triệt, học tập", "38");
        assertThat(findAll(By.cssSelector("#distribution-units tr[data-state='UNREAD_LATE']"))).isNotEmpty();
        assertThat(text(By.id("remind-late"))).startsWith("Nhắc").endsWith("đơn vị chậm");
        clickAndWaitForPage(By.id("remind-late"));
        assertThat(text(By.id("flash"))).startsWith("Đã nhắc");
        assertNoSeriousAccessibilityViolation("the sender's table of units");
        screenshot("distribution-reminded");
    }
}
