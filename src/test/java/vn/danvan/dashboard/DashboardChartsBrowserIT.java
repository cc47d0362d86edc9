package vn.danvan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * The Chairman's dashboard (issue 18 point 4) in Chromium: Chart.js drawn from the webjar under the
 * unchanged CSP, each chart followed by its table (hidden from the eye only once drawn), the communes
 * filter, a click through to a commune's petitions, and cards without sideways scrolling on a phone.
 */
@DanVanIntegrationTest
class DashboardChartsBrowserIT extends BrowserTestSupport {

    private final vn.danvan.organisation.OrganisationService organisation;

    DashboardChartsBrowserIT(org.springframework.context.ApplicationContext context) {
        this.organisation = context.getBean(vn.danvan.organisation.OrganisationService.class);
    }

    private static final List<String> BY_UNIT = List.of("chart-on-time", "chart-reports");
    private static final List<String> CHARTS = List.of("chart-on-time", "chart-months", "chart-reports");

    private List<String> rowNames() {
        return findAll(By.cssSelector("#dashboard-table tbody tr a.dv-drill")).stream().map(WebElement::getText).toList();
    }

    private long drawnCharts() {
        return CHARTS.stream().filter(id -> Boolean.TRUE.equals(script(
                "return !!(window.Chart && Chart.getChart(document.getElementById(arguments[0])));", id))).count();
    }

    @Test
    void theChairmanSeesTheChartsFiltersTheCommunesAndOpensACommunesPetitions() {
        resizeWindow(1280, 900);
        signIn("chutich", DEMO_PASSWORD);
        clickMenu("nav-dashboard");
        assertThat(script("return typeof window.Chart")).isEqualTo("function");
        waitUntil(d -> drawnCharts() == CHARTS.size(), "both charts drawn");
        for (String chart : BY_UNIT) {
            // a chart instance with the rows' units, and its table after it, read by screen readers only
            assertThat(((Number) script("return Chart.getChart(document.getElementById(arguments[0])).data.labels.length;",
                    chart)).intValue()).isEqualTo(rowNames().size());
            WebElement table = find(By.id(chart + "-table"));
            assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(rowNames().size());
            assertThat(script("return arguments[0].closest('.dv-chart-table').classList.contains('visually-hidden')", table))
                    .isEqualTo(true);
        }
        assertThat(((Number) script("return Chart.getChart(document.getElementById('chart-months')).data.labels.length;"))
                .intValue()).isEqualTo(12);
        assertThat(findAll(By.cssSelector("#chart-months-table tbody tr"))).hasSize(12);
        assertThat(text(By.id("card-attention"))).matches("\\d+ trên \\d+ đơn vị");
        assertThat(findAll(By.cssSelector("#dashboard-table .dv-light")).get(0).getText())
                .isIn("Cần chú ý", "Theo dõi", "Tốt");
        // the full table's first column stays in view when it scrolls sideways
        assertThat(script("return getComputedStyle(document.querySelector('#dashboard-table tbody tr th')).position"))
                .isEqualTo("sticky");
        screenshot("dashboard-1280");
        script("document.getElementById('chart-on-time-title').scrollIntoView()");
        screenshot("dashboard-1280-charts");
        assertNoSeriousAccessibilityViolation("/dashboard");

        // communes only
        assertThat(rowNames()).contains("Phòng Nội vụ");
        clickAndWaitForPage(By.id("filter-communes"));
        assertThat(rowNames()).contains("Ủy ban nhân dân xã An Bình").doesNotContain("Phòng Nội vụ",
                "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Phú Giáo");
        // every row a commune committee (by its kind: other tests of the suite add communes with other names)
        java.util.Set<String> communes = organisation.tree().stream()
                .filter(u -> u.kind() == vn.danvan.organisation.UnitKind.COMMUNE_COMMITTEE)
                .map(vn.danvan.organisation.UnitView::name).collect(java.util.stream.Collectors.toSet());
        assertThat(rowNames()).allMatch(communes::contains);
        waitUntil(d -> drawnCharts() == CHARTS.size(), "both charts drawn for the communes");
        assertThat(((Number) script("return Chart.getChart(document.getElementById('chart-on-time')).data.labels.length;"))
                .intValue()).isEqualTo(rowNames().size());
        // sorting keeps the filter
        clickAndWaitForPage(By.id("sort-name"));
        assertThat(currentUrlQuery()).contains("communes=true");
        assertThat(rowNames()).doesNotContain("Phòng Nội vụ");

        // through to An Bình's petitions
        WebElement anBinh = find(By.xpath("//tr[.//a[@class='dv-drill' and text()='Ủy ban nhân dân xã An Bình']]"));
        String unitId = anBinh.getDomAttribute("id").substring("unit-".length());
        clickAndWaitForPage(By.cssSelector("#unit-" + unitId + " a.dv-records-petitions"));
        assertThat(currentPath()).isEqualTo("/petitions?unitId=" + unitId);
        assertThat(heading()).isNotBlank();
    }

    @Test
    void onAPhoneTheTableIsCardsAndNothingScrollsSideways() {
        signIn("chutich", DEMO_PASSWORD);
        resizeWindow(390, 844);
        open("/dashboard");
        waitUntil(d -> drawnCharts() == CHARTS.size(), "both charts drawn");
        assertThat(((Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .intValue()).isLessThanOrEqualTo(0);
        WebElement row = findAll(By.cssSelector("#dashboard-table tbody tr")).get(2);
        assertThat(script("return getComputedStyle(arguments[0]).display", row)).isEqualTo("flex");
        assertThat(script("return getComputedStyle(arguments[0].querySelector('.dv-light').parentElement, '::before').content",
                row)).isEqualTo("\"Tình trạng: \"");
        screenshot("dashboard-390");
        script("document.getElementById('dashboard-table').scrollIntoView()");
        screenshot("dashboard-390-table");
        assertNoSeriousAccessibilityViolation("/dashboard at 390 px");
        resizeWindow(1280, 900);
    }

    private String currentUrlQuery() {
        String url = driver.getCurrentUrl();
        return url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
    }
}
