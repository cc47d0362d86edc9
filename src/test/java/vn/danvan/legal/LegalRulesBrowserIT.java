package vn.danvan.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * The legal rules screen as people use it: the administrator records the cut-off hour of a decree that takes
 * effect later and sees it in the history beside the value in force; a wrong hour comes back in Vietnamese
 * with nothing recorded; Home Affairs reads without a form; a commune's head is refused.
 */
@DanVanIntegrationTest
class LegalRulesBrowserIT extends BrowserTestSupport {

    private static final String SOURCE = "Nghị định thử nghiệm LegalRulesBrowserIT, Điều 5";

    private final JdbcClient jdbc;
    private final LegalRules legalRules;

    @Autowired
    LegalRulesBrowserIT(JdbcClient jdbc, LegalRules legalRules) {
        this.jdbc = jdbc;
        this.legalRules = legalRules;
    }

    @AfterEach
    void removeTheTestValue() {
        jdbc.sql("delete from legal_rule_value where legal_source = :s").param("s", SOURCE).update();
        legalRules.forget(); // and the values kept in memory
    }

    private List<String> historyStatuses() {
        return findAll(By.cssSelector("#rule-history tbody tr")).stream().map(WebElement::getText).toList();
    }

    @Test
    void theAdministratorRecordsAFutureValueAndSeesItsHistory() {
        signIn("admin", DEMO_PASSWORD);
        clickMenu("nav-legal-rules");
        assertThat(heading()).isEqualTo("Thời hạn và quy định pháp luật đang áp dụng");
        assertThat(text(By.id("rule-DOSSIER_NEXT_DAY_FROM"))).contains("15:00", "Nghị định 118/2025/NĐ-CP",
                "01/07/2025");
        clickAndWaitForPage(By.id("open-DOSSIER_NEXT_DAY_FROM"));
        assertThat(text(By.id("current-value"))).isEqualTo("15:00");
        assertThat(historyStatuses()).hasSize(1);

        // a wrong hour: a Vietnamese message beside the field, nothing recorded
        type(By.id("value"), "25:99");
        type(By.id("appliesFrom"), "01/07/2027");
        type(By.id("legalSource"), SOURCE);
        clickAndWaitForPage(By.id("save-rule"));
        assertThat(text(By.id("value-error"))).isEqualTo(
                "Hãy nhập giờ theo dạng giờ:phút, từ 06:00 đến 23:59, ví dụ 15:00.");
        assertThat(text(By.id("form-errors"))).contains("Giá trị mới");
        assertThat(value(By.id("value"))).isEqualTo("25:99");
        assertThat(historyStatuses()).hasSize(1);

        // the decree that takes effect on 1 July 2027
        type(By.id("value"), "16h00");
        clickAndWaitForPage(By.id("save-rule"));
        assertThat(text(By.cssSelector("[role=status]"))).isEqualTo("Đã ghi giá trị mới của quy định.");
        assertThat(text(By.id("current-value"))).isEqualTo("15:00");
        List<String> rows = historyStatuses();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("16:00", SOURCE, "01/07/2027", "Sắp áp dụng", "admin");
        assertThat(rows.get(1)).contains("15:00", "Nghị định 118/2025/NĐ-CP", "01/07/2025", "30/06/2027",
                "Đang áp dụng");
        clickAndWaitForPage(By.cssSelector(".breadcrumb a"));
        assertThat(text(By.id("rule-DOSSIER_NEXT_DAY_FROM"))).contains("16:00 từ ngày 01/07/2027");
        signOut();

        // Home Affairs reads the same history, without a form
        signIn("noivu", DEMO_PASSWORD);
        open("/legal-rules/DOSSIER_NEXT_DAY_FROM");
        assertThat(historyStatuses()).hasSize(2);
        assertThat(isPresent(By.id("rule-form"))).isFalse();
        signOut();

        // a commune's head may not open it
        signIn("anbinh.truong", DEMO_PASSWORD);
        open("/legal-rules");
        assertThat(bodyText()).contains("Bạn không có quyền truy cập");
        assertThat(isPresent(By.id("legal-rules"))).isFalse();
    }
}
