package vn.danvan.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.shared.DanVanTime;

/**
 * A consultation clicked through as people do: An Bình's officer declares a hamlet, drafts the matter
 * for it and opens it; residents vote on the portal with the codes of their slips, a code refused the
 * second time; the officer closes it and publishes the decision; the portal shows result and decision.
 */
@DanVanIntegrationTest
class ConsultationBrowserIT extends BrowserTestSupport {

    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerRunsAConsultationAndResidentsVoteOnThePortalWithTheirCodes() {
        String suffix = uniqueSuffix();
        String hamlet = "Tổ dân phố " + suffix;
        String title = "Làm đường bê tông tổ " + suffix;
        LocalDate today = LocalDate.now(clock);

        signIn("anbinh.canbo", DEMO_PASSWORD);
        clickMenu("nav-consultations");
        clickAndWaitForPage(By.id("consultation-areas"));
        clickAndWaitForPage(By.id("area-new"));
        type(By.id("name"), hamlet);
        type(By.id("households"), "3");
        clickAndWaitForPage(By.id("save-area"));
        assertThat(text(By.id("area-list"))).contains(hamlet);
        long areaId = jdbc.sql("select id from consultation_area where name = :n").param("n", hamlet)
                .query(Long.class).single();

        open("/consultations");
        clickAndWaitForPage(By.id("consultation-new"));
        type(By.id("title"), title);
        type(By.id("opensOn"), today.format(DanVanTime.DATE));
        type(By.id("closesOn"), today.plusDays(7).format(DanVanTime.DATE));
        click(By.cssSelector("input[name=wholeUnit][value=false]"));
        click(By.cssSelector("input[name=areaIds][value='" + areaId + "']"));
        clickAndWaitForPage(By.id("save-consultation"));
        waitForPathMatching("/consultations/\\d+");
        assertThat(text(By.id("consultation-state"))).isEqualTo("Dự thảo");
        clickAndWaitForPage(By.id("open-consultation"));
        assertThat(text(By.id("consultation-state"))).isEqualTo("Đang lấy ý kiến");
        assertThat(text(By.id("participation"))).contains("0 / 3");
        String path = currentPath();
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        List<String> codes = jdbc.sql("select code from consultation_code where consultation_id = :id order by id")
                .param("id", id).query(String.class).list();
        assertThat(codes).hasSize(3);
        signOut();

        // two households vote on the portal, the first code is refused the second time
        for (String code : codes.subList(0, 2)) {
            open("/portal/consultations");
            clickAndWaitForPage(By.linkText(title));
            type(By.id("code"), HouseholdCodes.display(code));
            click(By.id("option-1"));
            clickAndWaitForPage(By.id("take-part"));
            assertThat(bodyText()).contains("phiếu biểu quyết của hộ đã được ghi nhận");
        }
        assertThat(bodyText()).contains("Đã có 2 / 3 hộ tham gia").doesNotContain("Được thông qua");
        assertThat(isPresent(By.id("tally"))).isFalse();
        type(By.id("code"), codes.get(0));
        click(By.id("option-2"));
        clickAndWaitForPage(By.id("take-part"));
        assertThat(text(By.id("take-part-error"))).contains("Mã hộ gia đình này đã được sử dụng.");
        assertThat(bodyText()).contains("Đã có 2 / 3 hộ tham gia");

        signIn("anbinh.canbo", DEMO_PASSWORD);
        open("/consultations/" + id);
        assertThat(isPresent(By.id("tally"))).isFalse();
        click(By.id("close-consultation"));
        confirmAction();
        assertThat(text(By.id("consultation-state"))).isEqualTo("Đã kết thúc");
        assertThat(text(By.id("verdict"))).startsWith("Được thông qua");
        type(By.id("decisionText"), "UBND xã thống nhất làm đường bê tông tổ " + suffix + " bằng nguồn vốn Nhân dân đóng góp.");
        type(By.id("decisionNumber"), "12/QĐ-UBND");
        type(By.id("decisionDate"), today.format(DanVanTime.DATE));
        click(By.id("publish-consultation"));
        confirmAction();
        assertThat(text(By.id("consultation-state"))).isEqualTo("Đã công bố kết quả");

        // the People's Inspection Board reports; a report without its content is refused, the rest kept
        type(By.id("finding-foundOn"), today.format(DanVanTime.DATE));
        type(By.id("finding-signedBy"), "Lê Thị Giám Sát");
        clickAndWaitForPage(By.id("record-finding"));
        assertThat(text(By.id("finding-errors"))).contains("Hãy nhập nội dung giám sát.");
        assertThat(value(By.id("finding-signedBy"))).isEqualTo("Lê Thị Giám Sát");
        type(By.id("finding-text"), "Việc lấy ý kiến tổ " + suffix + " đúng quy trình, kết quả được niêm yết.");
        type(By.id("finding-recommendation"), "Công khai tiến độ thi công hằng tháng.");
        clickAndWaitForPage(By.id("record-finding"));
        assertThat(text(By.id("board-findings"))).contains("Lê Thị Giám Sát", "đúng quy trình");
        signOut();

        open("/portal/consultations");
        clickAndWaitForPage(By.linkText(title));
        assertThat(text(By.id("consultation-state"))).isEqualTo("Đã công bố kết quả");
        assertThat(text(By.id("tally"))).contains("Đồng ý 2", "Không đồng ý 0");
        assertThat(text(By.id("verdict"))).startsWith("Được thông qua");
        assertThat(text(By.id("decision"))).contains("12/QĐ-UBND", "bằng nguồn vốn Nhân dân đóng góp.");
        assertThat(isPresent(By.id("take-part-form"))).isFalse();
        assertThat(text(By.id("board-findings"))).contains("đúng quy trình", "Công khai tiến độ thi công hằng tháng.")
                .doesNotContain("Lê Thị Giám Sát");
        for (String code : codes) {
            assertThat(pageSource()).doesNotContain(code);
        }
    }
}
