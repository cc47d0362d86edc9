package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * The import page in a real browser: with htmx the result replaces the page's main part in place;
 * an ordinary form post (as without JavaScript) works the same, its CSRF token in the multipart body.
 */
@DanVanIntegrationTest
class ImportBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    private Path file;

    @BeforeEach
    void signInAsAdmin() {
        signIn("admin", DEMO_PASSWORD);
        waitForPath("/home");
    }

    @AfterEach
    void deleteFile() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void withHtmxTheResultReplacesTheFormInPlace() throws IOException {
        String code = "BR" + uniqueSuffix();
        file = csv("Mã đơn vị;Tên đơn vị;Loại đơn vị;Mã đơn vị cấp trên\n" + code
                + ";Ủy ban nhân dân xã Trình Duyệt;Ủy ban nhân dân cấp xã;UBND-PG\n");

        open("/admin/import");
        assertThat(heading()).isEqualTo("Nhập dữ liệu đơn vị, cán bộ từ tệp");
        assertThat(find(By.id("import-progress")).isDisplayed()).isFalse();
        click(By.id("kind-units"));
        find(By.id("import-file")).sendKeys(file.toString());
        click(By.id("import-submit"));

        assertThat(text(By.id("import-done"))).isEqualTo("Đã nhập 1 đơn vị từ tệp " + file.getFileName() + ".");
        assertThat(currentPath()).isEqualTo("/admin/import");
        assertThat(bodyText()).contains("Ủy ban nhân dân xã Trình Duyệt", code);
        assertThat(jdbc.sql("select count(*) from unit where code = :c").param("c", code).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void withoutHtmxAnOrdinaryPostShowsTheErrorReport() throws IOException {
        String code = "BR" + uniqueSuffix();
        file = csv("Code,Name,Kind\n" + code + ",Một,SPECIALISED_OFFICE\n" + code + ",Hai,Không biết\n");

        open("/admin/import");
        click(By.id("kind-units"));
        find(By.id("import-file")).sendKeys(file.toString());
        var page = find(By.tagName("html"));
        // form.submit() sends no submit event, so htmx stays out of it: the browser posts the form itself
        script("document.getElementById('import-form').submit()");
        waitUntil(d -> gone(page), "the page the browser posted to");

        waitForPath("/admin/import");
        assertThat(text(By.cssSelector("#import-rejected p"))).isEqualTo("Tệp " + file.getFileName() + " có 2 lỗi ở 1 dòng.");
        assertThat(text(By.cssSelector("#import-problems tbody"))).contains(
                "3 Code Mã đơn vị “" + code + "” đã có ở dòng 2 của tệp.",
                "3 Kind Không có loại đơn vị “Không biết”.");
        assertThat(isPresent(By.id("import-form"))).isTrue();
        assertThat(jdbc.sql("select count(*) from unit where code = :c").param("c", code).query(Long.class).single())
                .isZero();
    }

    private static Path csv(String text) throws IOException {
        Path path = Files.createTempFile("nhap-", ".csv");
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }
}
