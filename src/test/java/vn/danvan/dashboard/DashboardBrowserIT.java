package vn.danvan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * The Chairman opens the dashboard on a row per unit under the district's committee (the Front beside
 * them), clicks into the Front, sees its organisations, sorts them by name both ways, and comes back
 * up by the breadcrumb.
 */
@DanVanIntegrationTest
class DashboardBrowserIT extends BrowserTestSupport {

    private List<String> rowNames() {
        return findAll(By.cssSelector("#dashboard-table tbody tr a.dv-drill")).stream().map(WebElement::getText).toList();
    }

    @Test
    void theChairmanDrillsIntoAUnitSortsAndComesBack() {
        signIn("chutich", DEMO_PASSWORD);
        clickMenu("nav-dashboard");
        assertThat(text(By.id("summary-breadcrumb"))).isEqualTo("Ủy ban nhân dân huyện Phú Giáo");
        assertThat(rowNames()).contains("Ủy ban nhân dân xã An Bình", "Phòng Nội vụ",
                "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Phú Giáo");
        assertThat(text(By.id("dashboard-total"))).startsWith("Toàn bộ Ủy ban nhân dân huyện Phú Giáo");
        assertThat(text(By.id("dashboard-refreshed"))).startsWith("Số liệu cập nhật lúc ");

        clickAndWaitForPage(By.linkText("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Phú Giáo"));
        assertThat(rowNames()).containsExactlyInAnyOrder("Hội Nông dân huyện", "Hội Liên hiệp Phụ nữ huyện",
                "Huyện đoàn Phú Giáo", "Hội Cựu chiến binh huyện", "Liên đoàn Lao động huyện");
        assertThat(text(By.id("summary-breadcrumb"))).contains("Ủy ban nhân dân huyện Phú Giáo",
                "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Phú Giáo");

        clickAndWaitForPage(By.id("sort-name"));
        List<String> ascending = rowNames();
        assertThat(ascending.get(0)).isEqualTo("Hội Cựu chiến binh huyện");
        assertThat(text(By.id("sort-name"))).endsWith("▲");
        clickAndWaitForPage(By.id("sort-name"));
        assertThat(rowNames().get(0)).isEqualTo("Liên đoàn Lao động huyện");
        assertThat(text(By.id("sort-name"))).endsWith("▼");

        clickAndWaitForPage(By.cssSelector("#summary-breadcrumb a"));
        assertThat(text(By.id("summary-breadcrumb"))).isEqualTo("Ủy ban nhân dân huyện Phú Giáo");
        assertThat(rowNames()).contains("Ủy ban nhân dân xã An Bình");
    }
}
