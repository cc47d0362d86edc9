package vn.danvan.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * The information office writes a story whose body carries a script and an image with an error handler,
 * publishes it, and neither runs: not on the staff page, not on the portal story, whose text is shown;
 * the portal's home page lists it among the newest stories.
 */
@DanVanIntegrationTest
class NewsBrowserIT extends BrowserTestSupport {

    @Test
    void aScriptInTheBodyOfAPublishedStoryNeverRuns() {
        String suffix = uniqueSuffix();
        String title = "Gương sáng dân vận khéo " + suffix;
        String text = "Bà con ấp Bình Thắng hiến đất làm đường " + suffix;

        signIn("vhtt", DEMO_PASSWORD);
        writeDraft(title, "Tóm tắt " + suffix, "<p>" + text + "</p><script>window.__xss=1</script>"
                + "<img src=x onerror=\"window.__xss=2\"><p onmouseover=\"window.__xss=3\">Hết bài.</p>",
                "/portal/dialogues");
        assertThat(text(By.id("news-state"))).isEqualTo("Dự thảo");
        assertNothingRan(text);

        click(By.id("publish-news"));

        confirmAction();
        assertThat(text(By.id("news-state"))).isEqualTo("Đã đăng");
        clickAndWaitForPage(By.id("portal-link"));
        waitForPathMatching("/portal/news/\\d+");
        assertThat(heading()).isEqualTo(title);
        assertNothingRan(text);
        assertThat(text(By.id("news-body"))).contains("Hết bài.");
        signOut();

        open("/portal/news");
        clickAndWaitForPage(By.linkText(title));
        assertNothingRan(text);

        open("/");
        waitUntil(d -> isPresent(By.id("portal-latest-news")) && text(By.id("portal-latest-news")).contains(title),
                "the newest stories on the portal home page");
        assertThat(script("return typeof window.__xss")).isEqualTo("undefined");
    }

    @Test
    void publishingAsksFirstAndOnlyConfirmPublishes() {
        String suffix = uniqueSuffix();
        String title = "Tin cần xác nhận " + suffix;
        signIn("vhtt", DEMO_PASSWORD);
        writeDraft(title, "Tóm tắt " + suffix, "<p>Nội dung " + suffix + "</p>", null);
        String path = currentPath();

        // the question names the story; focus on Cancel; Cancel leaves it a draft
        click(By.id("publish-news"));
        visible(By.id("dv-confirm"));
        assertThat(text(By.id("dv-confirm-message"))).contains(title);
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("dv-confirm-cancel");
        screenshot("confirm-publish");
        assertNoSeriousAccessibilityViolation("a story with the publish question open");
        click(By.id("dv-confirm-cancel"));
        waitUntil(d -> !find(By.id("dv-confirm")).isDisplayed(), "the question to close");
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("publish-news");
        open(path);
        assertThat(text(By.id("news-state"))).isEqualTo("Dự thảo");

        // Escape is Cancel too
        click(By.id("publish-news"));
        visible(By.id("dv-confirm"));
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        waitUntil(d -> !find(By.id("dv-confirm")).isDisplayed(), "the question to close");
        open(path);
        assertThat(text(By.id("news-state"))).isEqualTo("Dự thảo");

        // Confirm publishes it
        click(By.id("publish-news"));
        confirmAction();
        assertThat(text(By.id("news-state"))).isEqualTo("Đã đăng");
    }

    /** From the news list, writes a story (related links optional) and waits for its page. */
    private void writeDraft(String title, String summary, String body, String relatedLinks) {
        clickMenu("nav-news");
        clickAndWaitForPage(By.id("news-new"));
        type(By.id("title"), title);
        type(By.id("summary"), summary);
        type(By.id("body"), body);
        if (relatedLinks != null) {
            type(By.id("relatedLinks"), relatedLinks);
        }
        clickAndWaitForPage(By.id("save-news"));
        waitForPathMatching("/news/\\d+");
    }

    /** The story's text is shown, no handler or script of it ran, no script element is in its body. */
    private void assertNothingRan(String text) {
        assertThat(text(By.id("news-body"))).contains(text);
        assertThat(script("return typeof window.__xss")).isEqualTo("undefined");
        assertThat(script("return document.querySelectorAll('#news-body script, #news-body img, [onerror], "
                + "[onmouseover]').length")).isEqualTo(0L);
        @SuppressWarnings("unchecked")
        List<Object> inline = (List<Object>) script(
                "return Array.from(document.scripts).filter(s => !s.src).map(s => s.textContent)");
        assertThat(inline).isEmpty();
    }
}
