package vn.danvan.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * A commendation round clicked through: Home Affairs opens it from the menu, ranks the communes
 * (following the background job's page back to the round), looks at the parts of a score, shortlists two units, adds an individual and submits; the
 * Chairman decides and the decision's DOCX downloads.
 */
@DanVanIntegrationTest
class CommendationBrowserIT extends BrowserTestSupport {

    @Test
    void homeAffairsRanksShortlistsAndSubmitsTheChairmanDecides() {
        signIn("noivu", DEMO_PASSWORD);
        clickMenu("nav-commendation");
        clickAndWaitForPage(By.id("open-round"));
        type(By.id("year"), "2022");
        for (String kind : new String[] {"SPECIALISED_OFFICE", "PUBLIC_SERVICE_UNIT", "FATHERLAND_FRONT",
            "SOCIO_POLITICAL_ORGANISATION"}) {
            click(By.id("kind-" + kind));
        }
        clickAndWaitForPage(By.id("save-round"));
        String roundPath = currentPath();
        assertThat(roundPath).matches("/commendation/\\d+");
        assertThat(text(By.id("round-state"))).isEqualTo("Mới mở");

        // the ranking runs in the background: its page follows it to the end and leads back to the round
        clickAndWaitForPage(By.id("rank"));
        waitForPathMatching("/jobs/\\d+");
        assertThat(text(By.id("job-title"))).isEqualTo("Xếp hạng đợt khen thưởng năm 2022");
        waitUntil(d -> text(By.id("job-state")).equals("Hoàn thành"), "the ranking done");
        assertThat(text(By.id("job-count"))).matches("([\\d.]+) / \\1 đơn vị");
        assertThat(text(By.id("job-done"))).contains("đơn vị; bảng xếp hạng đã được lưu.");
        clickAndWaitForPage(By.id("job-result"));
        assertThat(currentPath()).isEqualTo(roundPath);
        assertThat(text(By.id("round-state"))).isEqualTo("Đã xếp hạng");
        // Phước Vĩnh and the ten communes of the demo
        assertThat(findAll(By.cssSelector("#ranking-table > tbody > tr"))).hasSizeGreaterThanOrEqualTo(11);
        click(By.cssSelector("#ranking-table > tbody > tr:first-child summary"));
        By onTime = By.cssSelector("#ranking-table > tbody > tr:first-child tr[data-code='reporting.reportOnTime']");
        waitUntil(d -> d.findElement(onTime).isDisplayed(), "the parts of the first score");
        assertThat(text(onTime)).contains("Gửi báo cáo công tác dân vận đúng hạn").contains("10");

        Select unit = new Select(find(By.id("unitId")));
        unit.selectByIndex(1);
        clickAndWaitForPage(By.id("add-collective"));
        new Select(find(By.id("unitId"))).selectByIndex(2);
        type(By.id("note"), "Chọn theo thứ tự xếp hạng");
        clickAndWaitForPage(By.id("add-collective"));
        assertThat(findAll(By.cssSelector("#collectives-table tr[data-entry]"))).hasSize(2);

        select(By.id("personId"), "Lê Thị Hoa (Ủy ban nhân dân xã An Bình)");
        type(By.id("achievements"), "Tiếp nhận, trả lời đúng hạn mọi phản ánh của người dân");
        clickAndWaitForPage(By.id("add-individual"));
        assertThat(text(By.id("individuals-table"))).contains("Lê Thị Hoa", "trả lời đúng hạn");

        clickAndWaitForPage(By.id("submit-round"));
        assertThat(text(By.id("round-state"))).isEqualTo("Đã trình lãnh đạo");
        assertThat(text(By.id("proposal-number"))).matches("Tờ trình số \\d+/TTr-.+");
        signOut();

        signIn("chutich", DEMO_PASSWORD);
        open(roundPath);
        click(By.id("decide"));
        confirmAction();
        assertThat(text(By.id("round-state"))).isEqualTo("Đã quyết định");
        assertThat(text(By.id("decision-number"))).matches("Quyết định số \\d+/QĐ-UBND");
        assertThat(fetch(By.id("decision-docx"))).isEqualTo(
                "200 application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    /** Status and content type of the link's target, fetched by the page itself (a browser keeps downloads to itself). */
    private String fetch(By link) {
        String href = find(link).getDomProperty("href");
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))
                    .catch(e => done('failed ' + e));""", href);
    }
}
