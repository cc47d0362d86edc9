package vn.danvan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.organisation.Role;

/**
 * Work arriving, as people see it: a citizen sends a petition to An Bình through the portal, the commune's
 * officer sees the bell's count go up, opens the notice and lands on the petition; a commune's head finds a
 * plan waiting for his approval among his notices and lands on the plan.
 */
@DanVanIntegrationTest
class WorkNoticesBrowserIT extends BrowserTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

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
        long plan = submittedPlan(officer, year);
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

    /** The officer opens the plan of the year of their commune, adds an item and sends it for approval. */
    private long submittedPlan(OrganisationFixture.Staff officer, int year) throws Exception {
        String target = mvc.perform(post("/planning/plans").with(SignedIn.as(context, officer.username())).with(csrf())
                        .param("unitId", String.valueOf(OrganisationFixture.of(context).unit("ATHAI")))
                        .param("year", String.valueOf(year)))
                .andExpect(redirectedUrlPattern("/planning/plans/*")).andReturn().getResponse().getRedirectedUrl();
        long plan = Long.parseLong(target.substring(target.lastIndexOf('/') + 1));
        long guide = jdbc.sql("select id from guiding_document where number_symbol = '02/CT-UBND'").query(Long.class)
                .single();
        mvc.perform(post("/planning/plans/{id}/items", plan).with(SignedIn.as(context, officer.username())).with(csrf())
                .param("task", "T1D").param("professionalWork", "Tiếp công dân, giải quyết kiến nghị")
                .param("content", "Đối thoại với Nhân dân năm " + year)
                .param("ownerAccountId", String.valueOf(officer.accountId()))
                .param("dueDate", "30/06/" + year).param("targetText", "hội nghị").param("targetNumber", "2")
                .param("targetUnit", "hội nghị").param("guideIds", String.valueOf(guide)).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        long version = jdbc.sql("select version from annual_plan where id = :id").param("id", plan).query(Long.class)
                .single();
        mvc.perform(post("/planning/plans/{id}/submit", plan).with(SignedIn.as(context, officer.username())).with(csrf())
                .param("version", String.valueOf(version))).andExpect(redirectedUrl("/planning/plans/" + plan));
        return plan;
    }
}
