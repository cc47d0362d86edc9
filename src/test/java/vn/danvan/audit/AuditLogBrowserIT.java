package vn.danvan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * Home Affairs reads the audit log through the menu: the kinds of record in the filter and the record, its fields
 * and values in the lines are Vietnamese words, dates dd/MM/yyyy, the stored names only as titles.
 */
@DanVanIntegrationTest
class AuditLogBrowserIT extends BrowserTestSupport {

    @Autowired
    AuditService audit;

    @Test
    void homeAffairsReadsTheLogInVietnamese() {
        String id = "browser-" + uniqueSuffix();
        audit.updated("Petition", id, null, Map.of("status", "ACCEPTED", "answerDue", "2026-12-31"),
                Map.of("status", "ANSWERED", "answerDue", "2027-01-05"));

        signIn("noivu", DEMO_PASSWORD);
        clickMenu("nav-audit");
        select(By.id("entityType"), "Phản ánh, kiến nghị");
        type(By.id("entityId"), id);
        clickAndWaitForPage(By.cssSelector("#audit-filter button[type=submit]"));
        String line = text(By.cssSelector("#audit-table tbody tr"));
        assertThat(line).contains("Phản ánh, kiến nghị", "Trạng thái", "Đã thụ lý", "Đã trả lời", "Hạn trả lời",
                "31/12/2026", "05/01/2027").doesNotContain("ANSWERED", "answerDue");
        assertNoSeriousAccessibilityViolation("the audit log");
        screenshot("audit-log-named");
    }
}
