package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * The officer's inbox with more petitions than a page: the total is read above the list, "Trang sau" shows the
 * next rows with the search kept, "Trang trước" comes back to the first rows.
 */
@DanVanIntegrationTest
class PetitionInboxBrowserIT extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void theOfficerPagesThroughTheInboxAndComesBack() {
        String token = "trang" + uniqueSuffix().toLowerCase();
        var fixture = PetitionFixture.of(context);
        for (int i = 0; i < 27; i++) {
            fixture.received("Rác thải chưa thu gom điểm " + i + " " + token, null);
        }

        signIn("anbinh.canbo", DEMO_PASSWORD);
        open("/petitions");
        type(By.id("q"), "rac thai " + token);
        clickAndWaitForPage(By.id("inbox-filter-submit"));
        assertThat(text(By.cssSelector(".dv-page-summary .dv-page-range"))).isEqualTo("Hiển thị 1–27 trên tổng 27");

        // twenty a page
        clickAndWaitForPage(By.linkText("20"));
        assertThat(text(By.cssSelector(".dv-page-summary .dv-page-range"))).isEqualTo("Hiển thị 1–20 trên tổng 27");
        List<String> first = codes();
        assertThat(first).hasSize(20);
        assertThat(isPresent(By.linkText("Trang trước"))).isFalse();

        clickAndWaitForPage(By.linkText("Trang sau"));
        assertThat(text(By.cssSelector(".dv-page-summary .dv-page-range"))).isEqualTo("Hiển thị 21–27 trên tổng 27");
        List<String> second = codes();
        assertThat(second).hasSize(7).doesNotContainAnyElementsOf(first);
        assertThat(value(By.id("q"))).as("the search is kept").isEqualTo("rac thai " + token);
        assertThat(isPresent(By.linkText("Trang sau"))).isFalse();

        clickAndWaitForPage(By.linkText("Trang trước"));
        assertThat(text(By.cssSelector(".dv-page-summary .dv-page-range"))).isEqualTo("Hiển thị 1–20 trên tổng 27");
        assertThat(codes()).isEqualTo(first);

        clickAndWaitForPage(By.linkText("Trang sau"));
        clickAndWaitForPage(By.linkText("Trang đầu"));
        assertThat(codes()).isEqualTo(first);
    }

    private List<String> codes() {
        return findAll(By.cssSelector("#inbox-table tbody td:first-child a")).stream().map(WebElement::getText).toList();
    }
}
