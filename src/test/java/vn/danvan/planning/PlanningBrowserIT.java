package vn.danvan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * An annual plan clicked through as people do: the An Bình officer makes the plan with two items
 * and submits it, the head approves it, the officer records an item done with a petition as
 * evidence, and Home Affairs sees An Bình's plan approved on the overview.
 */
@DanVanIntegrationTest
class PlanningBrowserIT extends BrowserTestSupport {

    private static final String YEAR = "2027";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficerPlansTheHeadApprovesTheOfficerProvesAndHomeAffairsSeesIt() throws Exception {
        String code = new PlanningFixtures(mvc, context, jdbc).petitionOfAnBinh("Đường ấp 4 ngập nước " + uniqueSuffix());

        signIn("anbinh.canbo", DEMO_PASSWORD);
        clickMenu("nav-planning");
        select(By.id("year"), YEAR);
        clickAndWaitForPage(By.id("overview-filter-submit"));
        clickAndWaitForPage(By.id("create-ABINH"));
        waitForPathMatching("/planning/plans/\\d+");
        String planPath = currentPath();
        assertThat(text(By.id("plan-status"))).isEqualTo("Dự thảo");

        addItem("1d) ", "Tổ chức hội nghị đối thoại với Nhân dân về ngập nước", "30/06/" + YEAR, "2");
        addItem("1đ) ", "Niêm yết thủ tục hành chính về đất đai", "30/09/" + YEAR, "");
        assertThat(text(By.id("items-table"))).contains("Tổ chức hội nghị đối thoại với Nhân dân về ngập nước",
                "Niêm yết thủ tục hành chính về đất đai", "2 hội nghị");
        clickAndWaitForPage(By.id("action-submit"));
        assertThat(text(By.id("plan-status"))).isEqualTo("Đã trình, chờ duyệt");
        signOut();

        signIn("anbinh.truong", DEMO_PASSWORD);
        open(planPath);
        clickAndWaitForPage(By.id("action-approve"));
        assertThat(text(By.id("plan-status"))).isEqualTo("Đã phê duyệt");
        assertThat(text(By.id("plan-number"))).matches("\\d{2}/KH-UBND");
        signOut();

        signIn("anbinh.canbo", DEMO_PASSWORD);
        open(planPath);
        assertThat(isPresent(By.id("add-item"))).isFalse();
        clickAndWaitForPage(By.xpath("//tr[contains(., 'về ngập nước')]//a[starts-with(@id, 'progress-')]"));
        type(By.id("petitionCode"), code);
        clickAndWaitForPage(By.id("save-evidence"));
        assertThat(text(By.id("evidence-list"))).contains(code);
        type(By.id("progress"), "100");
        type(By.id("progressNote"), "Đã tổ chức 2 hội nghị đối thoại tại ấp 4");
        clickAndWaitForPage(By.id("save-progress"));
        assertThat(text(By.id("item-progress"))).isEqualTo("100%");
        signOut();

        signIn("noivu", DEMO_PASSWORD);
        open("/planning?year=" + YEAR);
        assertThat(text(By.id("overview-title"))).isEqualTo("Tình hình xây dựng kế hoạch năm " + YEAR);
        assertThat(text(By.id("unit-ABINH"))).contains("Đã phê duyệt", "2", "50,0%");
        assertThat(find(By.id("unit-ALINH")).getDomAttribute("class")).contains("table-warning");
    }

    private void addItem(String taskPrefix, String content, String due, String number) {
        clickAndWaitForPage(By.id("add-item"));
        var task = new org.openqa.selenium.support.ui.Select(visible(By.id("task")));
        task.getOptions().stream().filter(o -> o.getText().startsWith(taskPrefix)).findFirst().orElseThrow().click();
        type(By.id("professionalWork"), "Tiếp công dân, giải quyết kiến nghị");
        type(By.id("content"), content);
        select(By.id("ownerAccountId"), "Lê Thị Hoa (anbinh.canbo)");
        type(By.id("dueDate"), due);
        type(By.id("targetText"), "đối thoại trực tiếp");
        if (!number.isEmpty()) {
            type(By.id("targetNumber"), number);
            type(By.id("targetUnit"), "hội nghị");
        }
        click(By.cssSelector("input[name=guideIds]"));
        clickAndWaitForPage(By.id("save-item"));
        waitForPathMatching("/planning/plans/\\d+");
    }
}
