package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.organisation.OrganisationFixture;

/**
 * The district chairman opens the reception schedule from the dialogue list, chooses March 2026 and
 * follows An Long's held week to the session it was held in.
 */
@DanVanIntegrationTest
class ReceptionBrowserIT extends BrowserTestSupport {

    private final ApplicationContext context;

    @Autowired
    ReceptionBrowserIT(ApplicationContext context) {
        this.context = context;
    }

    @Test
    void theChairmanFollowsAHeldWeekToItsSession() {
        long anLong = OrganisationFixture.of(context).unit("ALONG");
        String topic = "Tiếp công dân định kỳ tháng 3 " + uniqueSuffix();
        long id = DialogueFixture.of(context).reception(anLong, LocalDate.of(2026, 3, 11), ConferenceStatus.HELD, false, 9,
                topic);

        signIn("chutich", DEMO_PASSWORD);
        clickMenu("nav-dialogue");
        clickAndWaitForPage(By.id("dialogue-reception"));
        waitForPath("/dialogue/reception");
        assertThat(text(By.id("reception-rule"))).contains("Điều 15 Luật Tiếp công dân năm 2013");

        select(By.id("reception-period"), "Tháng 3");
        select(By.id("reception-year"), "2026");
        clickAndWaitForPage(By.id("reception-submit"));
        assertThat(text(By.id("reception-period-name"))).isEqualTo("Tháng 3 năm 2026");
        By cell = By.cssSelector("#reception-unit-" + anLong + " td[data-week='2026-03-09']");
        assertThat(text(cell)).contains("Đã tiếp", "Buổi ngày 11/03");
        assertThat(find(cell).getAttribute("class")).contains("dv-reception-held");
        // the week before had a working day and no session: missed, in words as well as in colour
        assertThat(text(By.cssSelector("#reception-unit-" + anLong + " td[data-week='2026-03-02']")))
                .contains("Không tiếp");

        clickAndWaitForPage(By.cssSelector("#reception-unit-" + anLong + " td[data-week='2026-03-09'] a"));
        waitForPath("/dialogue/" + id);
        assertThat(bodyText()).contains(topic);
        assertThat(text(By.id("conference-state"))).isEqualTo("Đã tổ chức");
    }
}
