package vn.danvan.petition.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.shared.DanVanTime;

/**
 * Petitions waiting to be routed, as people see it: a citizen sends a petition through the portal without knowing
 * the unit; at the next run of the due notices Home Affairs finds one notice counting the petitions to route and
 * naming the new one by code and title (never the sender), opens it, lands on the petitions received and finds it
 * there by its code.
 */
@DanVanIntegrationTest
class PetitionsToRouteBrowserIT extends BrowserTestSupport {

    private static final String TO_ROUTE = "phản ánh, kiến nghị chờ chuyển đến đơn vị";

    @Autowired
    ApplicationContext context;
    @Autowired
    PetitionsToRoute toRoute;

    @Test
    void homeAffairsFindsTheNewPetitionToRouteInOneNoticeAndOpensTheList() {
        String title = "Ổ gà trên đường liên xã " + uniqueSuffix();
        open("/portal/petitions/new");
        select(By.id("categoryId"), "Giao thông");
        select(By.id("unitId"), "Không rõ (sẽ được chuyển đến đúng nơi)");
        type(By.id("title"), title);
        type(By.id("content"), "Đoạn đường liên xã có ổ gà lớn, xe máy dễ ngã.");
        type(By.id("place"), "Đường liên xã, ấp 2");
        type(By.id("fullName"), "Trần Thị Mai");
        type(By.id("phone"), "0909000333");
        click(By.name("consent"));
        clickAndWaitForPage(By.id("submit-petition"));
        String code = text(By.id("tracking-code"));

        toRoute.run(LocalDate.now(context.getBean(Clock.class).withZone(DanVanTime.ZONE)));

        signIn("noivu", DEMO_PASSWORD);
        open("/notifications");
        WebElement notice = waitUntil(d -> d.findElements(By.cssSelector("#notifications li")).stream()
                .filter(li -> li.getText().contains(code)).findFirst().orElse(null), "the notice naming " + code);
        assertThat(notice.getText()).contains(TO_ROUTE).contains(title).doesNotContain("Trần Thị Mai")
                .doesNotContain("0909000333");
        screenshot("PetitionsToRouteBrowserIT-notice");
        assertNoSeriousAccessibilityViolation("/notifications");
        clickAndWaitForPage(By.id(notice.findElement(By.cssSelector("button[id^='open-']")).getDomAttribute("id")));

        // the petitions received, first due first (the newest comes last): the code finds it
        assertThat(currentPath()).isEqualTo(PetitionsToRoute.LINK);
        assertThat(selected(By.id("status"))).isEqualTo("Đã tiếp nhận");
        type(By.id("q"), code);
        clickAndWaitForPage(By.id("inbox-filter-submit"));
        assertThat(bodyText()).contains(code).contains(title);
        screenshot("PetitionsToRouteBrowserIT-list");
    }
}
