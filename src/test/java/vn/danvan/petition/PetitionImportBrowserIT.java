package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.imports.ImportFixtures;

/**
 * An An Bình officer imports a prepared workbook from the inbox, reads the result and finds an
 * imported petition in the inbox by a search typed without accents.
 */
@DanVanIntegrationTest
class PetitionImportBrowserIT extends BrowserTestSupport {

    private Path file;

    @AfterEach
    void deleteFile() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void anOfficerImportsAWorkbookAndFindsAPetitionInTheInboxWithoutAccents() throws IOException {
        String suffix = uniqueSuffix().toLowerCase();
        String title = "Cống thoát nước ấp Bình Hòa bị tắc " + suffix;
        String received = DanVanTime.DATE.format(java.time.LocalDate.now(DanVanTime.ZONE).minusDays(3));
        file = Files.createTempFile("don-", ".xlsx");
        Files.write(file, ImportFixtures.workbook(sheet -> {
            ImportFixtures.row(sheet, 0, "Loại", "Lĩnh vực", "Mã đơn vị", "Tiêu đề", "Nội dung", "Ngày tiếp nhận",
                    "Họ tên");
            ImportFixtures.row(sheet, 1, "Phản ánh", "Môi trường", "ABINH", title,
                    "Cống thoát nước bị tắc, nước tràn vào nhà dân khi mưa.", received, "Nguyễn Văn Bình");
            ImportFixtures.row(sheet, 2, "Kiến nghị", "Giao thông", "ABINH", "Sửa đường liên ấp " + suffix,
                    "Đề nghị sửa đường.", received, "");
        }));

        signIn("anbinh.canbo", DEMO_PASSWORD);
        waitForPath("/home");
        open("/petitions");
        clickAndWaitForPage(By.id("import-petitions"));
        waitForPath("/petitions/import");
        assertThat(heading()).isEqualTo("Nhập phản ánh, kiến nghị từ tệp");
        find(By.id("import-file")).sendKeys(file.toString());
        click(By.id("import-submit"));

        assertThat(text(By.id("import-done")))
                .isEqualTo("Đã nhập 2 phản ánh, kiến nghị từ tệp " + file.getFileName() + ".");
        assertThat(text(By.id("imported"))).contains(title, received);

        clickAndWaitForPage(By.id("to-inbox"));
        type(By.id("q"), "cong thoat nuoc ap binh hoa " + suffix);
        clickAndWaitForPage(By.id("inbox-filter-submit"));
        assertThat(text(By.id("inbox-table"))).contains(title).doesNotContain("Sửa đường liên ấp " + suffix);
    }
}
