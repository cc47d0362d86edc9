package vn.danvan.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.shared.DanVanTime;

/**
 * An inspection clicked through as Home Affairs does it: a plan drafted with An Bình and a team lead,
 * approved; the inspection started from the plan, the checklist marked, concluded; the conclusion
 * downloaded; a violation recorded, decided with a reprimand (khiển trách) and followed up until done.
 */
@DanVanIntegrationTest
class InspectionBrowserIT extends BrowserTestSupport {

    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void homeAffairsRunsAnInspectionFromPlanToConclusionAndHandlesAViolation() {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = today.getDayOfYear() == 1 ? today : today.minusDays(1);
        long anBinh = jdbc.sql("select id from unit where code = 'ABINH'").query(Long.class).single();
        String scope = "Kiểm tra văn hóa công vụ " + uniqueSuffix();
        signIn("noivu", DEMO_PASSWORD);
        clickMenu("nav-inspection");
        clickAndWaitForPage(By.id("inspection-plans"));
        type(By.id("year"), String.valueOf(day.getYear()));
        type(By.id("scope"), scope);
        clickAndWaitForPage(By.id("save-plan"));
        waitForPathMatching("/inspection/plans/\\d+");
        assertThat(text(By.id("plan-state"))).isEqualTo("Dự thảo");
        assertThat(text(By.id("plan-items"))).contains("Giờ làm việc được chấp hành nghiêm túc");

        select(By.id("unitId"), "Ủy ban nhân dân xã An Bình");
        type(By.id("plannedOn"), day.format(DanVanTime.DATE));
        clickAndWaitForPage(By.id("add-unit"));
        select(By.id("personId"), "Nguyễn Thị Thu - Phòng Nội vụ");
        click(By.id("lead"));
        clickAndWaitForPage(By.id("add-member"));
        type(By.id("itemText"), "Sử dụng trang phục, thẻ công chức");
        clickAndWaitForPage(By.id("add-item"));
        assertThat(text(By.id("plan-team"))).contains("Nguyễn Thị Thu", "Trưởng đoàn");
        clickAndWaitForPage(By.id("approve-plan"));
        assertThat(text(By.id("plan-state"))).isEqualTo("Đã phê duyệt");

        clickAndWaitForPage(By.id("start-" + anBinh));
        type(By.id("inspectedOn"), day.format(DanVanTime.DATE));
        clickAndWaitForPage(By.id("save-inspection"));
        waitForPathMatching("/inspection/\\d+");
        String recordPath = currentPath();
        assertThat(text(By.id("inspection-state"))).isEqualTo("Đang thực hiện");
        assertThat(text(By.id("checklist"))).contains("Sử dụng trang phục, thẻ công chức");
        boolean first = true;
        for (WebElement result : findAll(By.cssSelector("select[id^='result-']"))) {
            new Select(result).selectByVisibleText(first ? "Không đạt" : "Đạt");
            first = false;
        }
        type(By.id("findings"), "Một công chức không đến đúng giờ làm việc.");
        type(By.id("conclusion"), "Cơ bản chấp hành tốt; chấn chỉnh giờ làm việc.");
        clickAndWaitForPage(By.id("save-checklist"));
        click(By.id("conclude"));
        confirmAction();
        assertThat(text(By.id("inspection-state"))).isEqualTo("Đã kết luận");
        String docx = find(By.id("conclusion-docx")).getDomAttribute("href");
        int status = ((Number) script("""
                var r = new XMLHttpRequest(); r.open('GET', arguments[0], false); r.send(); return r.status;
                """, docx)).intValue();
        assertThat(status).isEqualTo(200);
        open(recordPath);
        assertThat(text(By.id("conclusion-number"))).matches("\\d+/TB-.+");

        clickAndWaitForPage(By.id("violation-new"));
        select(By.id("officialId"), "Lê Thị Hoa - Ủy ban nhân dân xã An Bình");
        type(By.id("ruleBroken"), "Nội quy giờ làm việc của cơ quan");
        type(By.id("evidence"), "Biên bản kiểm tra; sổ theo dõi giờ làm việc.");
        select(By.id("measureProposed"), "Khiển trách");
        clickAndWaitForPage(By.id("save-violation"));
        waitForPathMatching("/inspection/violations/\\d+");
        assertThat(text(By.id("violation-state"))).isEqualTo("Đang xem xét");

        type(By.id("decisionNumber"), "12/QĐ-UBND");
        type(By.id("decisionDate"), today.format(DanVanTime.DATE));
        select(By.id("measure"), "Khiển trách");
        type(By.id("followUpDue"), today.plusDays(30).format(DanVanTime.DATE));
        click(By.id("decide"));
        confirmAction();
        assertThat(text(By.id("violation-state"))).isEqualTo("Đã có quyết định");
        assertThat(text(By.id("violation-decision"))).contains("12/QĐ-UBND", "Khiển trách");
        type(By.id("note"), "Đã công bố quyết định tại cuộc họp cơ quan.");
        clickAndWaitForPage(By.id("add-note"));
        assertThat(text(By.id("violation-notes"))).contains("Đã công bố quyết định");
        clickAndWaitForPage(By.id("mark-done"));
        assertThat(text(By.id("violation-state"))).isEqualTo("Đã thực hiện xong");
        signOut();
    }
}
