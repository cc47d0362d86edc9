package vn.danvan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.organisation.Role;

/**
 * Work arriving, as people see it: a citizen sends a petition to An Bình through the portal, the commune's
 * officer sees the bell's count go up, opens the notice and lands on the petition; a commune's head finds a
 * plan waiting for his approval among his notices and lands on the plan. (In planning, as it sends the plan:
 * the root package and notification's tests may not use a module's fixtures.)
 */
@DanVanIntegrationTest
class WorkNoticesBrowserIT extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    /** The bell's unread count once htmx has loaded it (no badge: none unread). */
    private int bellCount() {
        WebElement badge = waitUntil(d -> d.findElement(By.id("dv-unread")), "the unread count");
        List<WebElement> count = badge.findElements(By.cssSelector(".badge"));
        return count.isEmpty() ? 0 : Integer.parseInt(count.get(0).getText().strip());
    }

    /** Opens the notice whose title contains the text from the notifications page; waits for where it points. */
    private void openNotice(String titlePart) {
        open("/notifications");
        WebElement button = waitUntil(d -> d.findElements(By.cssSelector("#notifications button[id^='open-']")).stream()
                .filter(b -> b.getText().contains(titlePart)).findFirst().orElse(null), "the notice " + titlePart);
        clickAndWaitForPage(By.id(button.getDomAttribute("id")));
    }

    @Test
    void theOfficerSeesTheBellGoUpForAPortalPetitionAndTheHeadAPlanToApprove() throws Exception {
        signIn("anbinh.canbo", DEMO_PASSWORD);
        open("/home");
        int before = bellCount();
        signOut();

        // a citizen, without an account, sends a petition to An Bình
        String title = "Rác thải ven đường ấp 3 " + uniqueSuffix();
        open("/portal/petitions/new");
        select(By.id("categoryId"), "Giao thông");
        select(By.id("unitId"), "Ủy ban nhân dân xã An Bình");
        type(By.id("title"), title);
        type(By.id("content"), "Rác thải đổ ven đường ấp 3 nhiều ngày chưa được thu gom.");
        type(By.id("place"), "Ấp 3, xã An Bình");
        type(By.id("fullName"), "Nguyễn Văn Nam");
        type(By.id("phone"), "0909000222");
        click(By.name("consent"));
        clickAndWaitForPage(By.id("submit-petition"));
        String code = text(By.id("tracking-code"));

        signIn("anbinh.canbo", DEMO_PASSWORD);
        waitUntil(d -> {
            open("/home");
            return bellCount() >= before + 1;
        }, "the bell to count the new petition");
        screenshot("WorkNoticesBrowserIT-bell");
        openNotice(code);
        assertThat(currentPath()).matches("/petitions/[0-9]+");
        assertThat(bodyText()).contains(code).contains(title);
        signOut();

        // an officer of An Thái sends the commune's plan for approval; its head finds it among his notices
        // (An Bình's plans of every year the form takes belong to PlanningIT and PlanningBrowserIT)
        OrganisationFixture organisation = OrganisationFixture.of(context);
        var officer = organisation.staff().in("ATHAI").role(Role.OFFICER).create();
        var head = organisation.staff().in("ATHAI").role(Role.UNIT_HEAD).named("Chủ tịch An Thái " + uniqueSuffix()).create();
        int year = LocalDate.now().getYear();
        long plan = SubmittedPlans.submitted(context, officer, "ATHAI", year);
        signIn(head.username(), OrganisationFixture.PASSWORD);
        String waiting = "Kế hoạch năm " + year + " của Ủy ban nhân dân xã An Thái chờ đồng chí phê duyệt";
        waitUntil(d -> {
            open("/notifications");
            return bodyText().contains(waiting);
        }, "the plan waiting for approval");
        screenshot("WorkNoticesBrowserIT-head");
        openNotice(waiting);
        assertThat(currentPath()).isEqualTo("/planning/plans/" + plan);
    }
}
