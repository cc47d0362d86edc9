package vn.danvan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.shared.DanVanTime;

/**
 * A content clicked through as the commune's officer does: added to the register with a basis day already past its
 * time limit, it shows overdue in red with the word; the officer records it made public (forms, period, a photo of
 * the notice board) and it shows made public late; the portal lists it without the officer's name.
 */
@DanVanIntegrationTest
class DisclosureBrowserIT extends BrowserTestSupport {

    @Autowired
    Clock clock;

    @Test
    void aContentGoesOverdueThenTheOfficerRecordsItMadePublic() throws Exception {
        String title = "Phương án bồi thường đường liên ấp " + uniqueSuffix();
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        Path photo = Files.createTempFile("bang-niem-yet", ".png");
        try (var png = getClass().getResourceAsStream("/static/test-map/tile.png")) {
            Files.write(photo, png.readAllBytes());
        }

        signIn("anbinh.canbo", DEMO_PASSWORD);
        clickMenu("nav-disclosures");
        assertThat(heading()).isEqualTo("Sổ theo dõi công khai");
        clickAndWaitForPage(By.id("disclosure-new"));
        select(By.id("itemId"), "CK04 - Dự án, công trình đầu tư trên địa bàn; phương án bồi thường, hỗ trợ, tái định cư");
        type(By.id("title"), title);
        type(By.id("basisDate"), today.minusDays(6).format(DanVanTime.DATE));
        clickAndWaitForPage(By.id("save-entry"));
        waitForPathMatching("/disclosures/\\d+");
        String path = currentPath();
        assertThat(text(By.id("disclosure-state"))).isEqualTo("Quá hạn, chưa công khai");
        assertThat(find(By.id("disclosure-state")).getAttribute("class")).contains("text-bg-danger");
        assertThat(text(By.id("disclosure-due"))).startsWith(today.minusDays(4).format(DanVanTime.DATE));

        clickAndWaitForPage(By.linkText("Sổ theo dõi công khai"));
        By row = By.xpath("//tr[.//a[normalize-space()='" + title + "']]");
        assertThat(find(row).getAttribute("data-state")).isEqualTo("OVERDUE");
        assertThat(find(row).getText()).contains("Quá hạn, chưa công khai");
        assertThat(text(By.id("disclosure-overdue"))).contains("quá hạn mà chưa công khai");
        assertNoSeriousAccessibilityViolation("the disclosure register");
        screenshot("disclosure-register-overdue");

        clickAndWaitForPage(By.linkText(title));
        // the law's period is checked: nine days are too few
        click(By.id("channels-NOTICE_BOARD"));
        type(By.id("publicFrom"), today.format(DanVanTime.DATE));
        type(By.id("publicTo"), today.plusDays(8).format(DanVanTime.DATE));
        clickAndWaitForPage(By.id("disclose"));
        assertThat(text(By.id("publicTo-error"))).contains("phải công khai ít nhất 30 ngày");
        assertThat(text(By.id("disclosure-state"))).isEqualTo("Quá hạn, chưa công khai");

        type(By.id("publicTo"), today.plusDays(29).format(DanVanTime.DATE));
        click(By.id("channels-HAMLET_HOUSE"));
        type(By.id("summary"), "Niêm yết phương án bồi thường tại trụ sở và nhà văn hóa ấp.");
        find(By.id("files")).sendKeys(photo.toAbsolutePath().toString());
        clickAndWaitForPage(By.id("disclose"));
        assertThat(currentPath()).isEqualTo(path);
        assertThat(text(By.id("flash"))).isEqualTo("Đã ghi nhận việc công khai.");
        assertThat(text(By.id("disclosure-state"))).isEqualTo("Đã công khai trễ hạn");
        assertThat(text(By.id("disclosure-period"))).isEqualTo("Từ " + today.format(DanVanTime.DATE) + " đến "
                + today.plusDays(29).format(DanVanTime.DATE));
        assertThat(text(By.id("disclosure-files"))).contains(photo.getFileName().toString());
        assertNoSeriousAccessibilityViolation("a disclosure made public");
        screenshot("disclosure-made-public");
        signOut();

        open("/portal/disclosures");
        assertThat(bodyText()).contains(title, "Niêm yết tại nhà văn hóa thôn, tổ dân phố").doesNotContain("anbinh.canbo");
        screenshot("disclosure-portal");
    }
}
