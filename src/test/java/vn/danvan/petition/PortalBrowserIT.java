package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import java.util.UUID;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.context.ApplicationContext;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.petition.handling.Petition;

/**
 * A citizen finds their way in the portal, with a mouse, with the keyboard and on a phone: {@code /portal} is the
 * home, the menu leads to each public page and marks the current one, the search box takes a tracking code to the
 * petition's page with its progress. axe-core finds no serious or critical violation on the home, the search page
 * and the lookup page. Screenshots under {@code <build dir>/browser-screenshots/}.
 */
@DanVanIntegrationTest
class PortalBrowserIT extends BrowserTestSupport {

    private final PetitionFixture petitions;

    PortalBrowserIT(ApplicationContext context) {
        this.petitions = PetitionFixture.of(context);
    }

    @Test
    void theMenuLeadsToThePublicPagesWithMouseAndKeyboard() throws IOException {
        open("/portal");
        waitForPath("/");
        assertThat(find(By.id("portal-nav-home")).getDomAttribute("aria-current")).isEqualTo("page");
        assertNoSeriousAccessibilityViolation("the portal home");
        screenshot("PortalBrowserIT-portal-home");

        click(By.id("portal-nav-petitions"));
        clickAndWaitForPage(By.id("portal-nav-answers"));
        waitForPath("/portal/answers");
        assertThat(find(By.id("portal-nav-answers")).getDomAttribute("aria-current")).isEqualTo("page");
        assertThat(find(By.id("portal-nav-home")).getDomAttribute("aria-current")).isNull();

        // the keyboard alone: open the group with Enter, go down to its first entry, follow it with Enter
        find(By.id("portal-nav-take-part")).sendKeys(Keys.ENTER);
        visible(By.id("portal-nav-consultations"));
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        waitUntil(d -> "portal-nav-consultations".equals(d.switchTo().activeElement().getDomAttribute("id")),
                "the first entry of the group to have the focus");
        var entry = driver.switchTo().activeElement();
        entry.sendKeys(Keys.ENTER);
        waitForPath("/portal/consultations");
        assertThat(find(By.id("portal-nav-consultations")).getDomAttribute("aria-current")).isEqualTo("page");
    }

    @Test
    void onAPhoneTheMenuOpensWithItsButton() throws IOException {
        resizeWindow(390, 844);
        open("/portal");
        waitForPath("/");
        assertThat(find(By.id("portal-nav-petitions")).isDisplayed()).as("the menu folded").isFalse();
        assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        click(By.id("portal-nav-toggler"));
        click(By.id("portal-nav-petitions"));
        visible(By.id("portal-nav-lookup"));
        assertThat(script("var a = document.getElementById('portal-nav-lookup');"
                + " return getComputedStyle(a).color != getComputedStyle(a.closest('.dropdown-menu')).backgroundColor"))
                .as("the menu's entries readable on the menu").isEqualTo(true);
        assertNoSeriousAccessibilityViolation("the portal home with the phone menu open");
        screenshot("PortalBrowserIT-portal-phone-menu");
        clickAndWaitForPage(By.id("portal-nav-lookup"));
        waitForPath("/portal/petitions/lookup");
        assertThat(find(By.id("portal-nav-lookup")).getDomAttribute("aria-current")).isEqualTo("page");
        assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
    }

    @Test
    void aTrackingCodeInTheSearchBoxShowsThePetitionsSteps() throws IOException {
        Petition received = petitions.received("Tìm phản ánh trên cổng " + UUID.randomUUID(), null);
        petitions.after(received, Petition::accept);
        open("/");
        type(By.id("portal-q"), received.code().toLowerCase());
        clickAndWaitForPage(By.id("portal-search-submit"));
        waitForPath("/portal/petitions/lookup");
        assertThat(text(By.id("petition-progress"))).contains("Tiếp nhận", "Thụ lý", "Đang xử lý", "Đã trả lời");
        assertThat(text(By.cssSelector("#petition-progress > li[aria-current=step]")))
                .startsWith("Thụ lý").contains("Đang ở bước này");
        assertNoSeriousAccessibilityViolation("the lookup page");
        screenshot("PortalBrowserIT-portal-lookup-steps");

        // on a phone the steps stack and nothing scrolls sideways
        resizeWindow(390, 844);
        assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        screenshot("PortalBrowserIT-portal-lookup-steps-phone");
    }

    @Test
    void wordsAndBadInputInTheSearchBox() throws IOException {
        open("/");
        type(By.id("portal-q"), "dat dai");
        clickAndWaitForPage(By.id("portal-search-submit"));
        waitForPath("/portal/search");
        assertThat(text(By.id("search-count"))).contains("kết quả trả lời đã công khai");
        assertNoSeriousAccessibilityViolation("the search page");
        screenshot("PortalBrowserIT-portal-search");

        type(By.id("search-q"), "%%%");
        clickAndWaitForPage(By.id("search-submit"));
        assertThat(text(By.id("search-error"))).isEqualTo("Nội dung tìm kiếm cần có chữ hoặc số.");
        assertNoSeriousAccessibilityViolation("the search page with a message");
    }

    private void assertNoSeriousAccessibilityViolation(String page) {
        Results results = new AxeBuilder().analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(PortalBrowserIT::describe).toList();
        assertThat(serious).as("serious or critical axe-core violations on " + page).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }
}
