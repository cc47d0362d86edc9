package vn.danvan.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.BrowserTestSupport;
import vn.danvan.SignedIn;

/**
 * An officer exports a list longer than the export threshold: the export link leads to the job's page, which
 * follows the job by itself (htmx, without reloading) until it reads "Hoàn thành" and offers the file, which
 * holds every row; the job is listed under "Công việc của tôi".
 */
@LowJobThresholds
class LongWorkBrowserIT extends BrowserTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerWatchesABigExportReachDoneAndDownloadsEveryRow() throws Exception {
        String word = "BX" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        int rows = LowJobThresholds.EXPORT + 15;
        long category = jdbc.sql("select id from petition_category where code = 'DAT_DAI'").query(Long.class).single();
        long unit = jdbc.sql("select id from org_unit where code = 'ABINH'").query(Long.class).single();
        for (int i = 1; i <= rows; i++) {
            mvc.perform(post("/petitions").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                    .param("channel", "COUNTER").param("kind", "FEEDBACK").param("categoryId", String.valueOf(category))
                    .param("unitId", String.valueOf(unit)).param("title", "Cống thoát nước " + word + " số " + i)
                    .param("content", "Cống bị tắc sau mưa.").param("fullName", "Phạm Văn Tư").param("phone", "0912345678")
                    .param("submissionKey", UUID.randomUUID().toString())).andExpect(status().isOk());
        }

        signIn("anbinh.canbo", DEMO_PASSWORD);
        open("/petitions?q=" + word);
        clickAndWaitForPage(By.id("export-xlsx"));
        waitForPathMatching("/jobs/\\d+");
        assertThat(text(By.id("job-title"))).isEqualTo("Xuất danh sách phản ánh, kiến nghị (XLSX)");
        script("window.stillTheSamePage = true;");

        waitUntil(d -> text(By.id("job-state")).equals("Hoàn thành"), "the job done");
        assertThat(script("return window.stillTheSamePage === true;"))
                .as("the page followed the job without reloading").isEqualTo(Boolean.TRUE);
        assertThat(text(By.id("job-count"))).isEqualTo(rows + " / " + rows + " dòng");
        assertThat(find(By.id("job-state")).getDomAttribute("class")).contains("text-bg-success");
        assertThat(find(By.id("job-progress")).getDomAttribute("value")).isEqualTo(String.valueOf(rows));
        assertThat(text(By.id("job-download"))).isEqualTo("Tải tệp phan-anh-kien-nghi.xlsx");

        String href = find(By.id("job-download")).getDomProperty("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(rows);
            for (int r = 1; r <= rows; r++) {
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).startsWith("Cống thoát nước " + word);
            }
        }
        String jobPath = currentPath();

        click(By.id("user-menu"));
        clickAndWaitForPage(By.id("nav-jobs"));
        waitForPath("/jobs");
        assertThat(text(By.tagName("h1"))).isEqualTo("Công việc của tôi");
        assertThat(find(By.cssSelector("#jobs-table a[href='" + jobPath + "']")).getText())
                .isEqualTo("Xuất danh sách phản ánh, kiến nghị (XLSX)");

        signOut();
        signIn("anbinh.truong", DEMO_PASSWORD);
        open(jobPath);
        assertThat(bodyText()).contains("Lỗi 403", "Bạn không có quyền truy cập trang này.").doesNotContain(word)
                .doesNotContain("phan-anh-kien-nghi.xlsx");
        open("/jobs/987654321");
        assertThat(bodyText()).contains("Không tìm thấy");
    }
}
