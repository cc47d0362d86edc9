package vn.danvan.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * The one-stop counter clicked through: An Bình's officer receives a dossier for a demo procedure, the
 * receipt slip downloads as PDF and Word, then the dossier is handled, its result made ready and returned
 * on time, each step in its history; the citizen looks it up by its code on the portal (no personal data
 * shown) and rates the service.
 */
@DanVanIntegrationTest
class DossierBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerReceivesADossierPrintsTheSlipAndReturnsTheResult() {
        signIn("anbinh.canbo", DEMO_PASSWORD);
        clickMenu("nav-dossiers");
        clickAndWaitForPage(By.id("new-dossier"));
        select(By.id("procedureId"), "Cấp giấy xác nhận tình trạng hôn nhân (3 ngày làm việc, Ủy ban nhân dân xã An Bình)");
        type(By.id("applicantName"), "Huỳnh Thị Bích Ngân");
        type(By.id("applicantPhone"), "0908 123 456");
        type(By.id("applicantAddress"), "Ấp Bình Thắng, xã An Bình");
        // what the slip of the form in force records: e-mail, documents with their form and number, sets
        type(By.id("applicantEmail"), "bich.ngan@example.vn");
        type(By.id("documentsReceived"), "Tờ khai xác nhận tình trạng hôn nhân; bản chính; 1\nCăn cước; bản chụp; 1");
        type(By.id("setsCount"), "1");
        clickAndWaitForPage(By.id("receive"));
        waitForPathMatching("/dossiers/\\d+");
        String code = text(By.id("dossier-code"));
        assertThat(code).matches("HS-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(text(By.id("dossier-state"))).isEqualTo("Đã tiếp nhận");
        String due = jdbc.sql("select due_date from dossier where code = :c").param("c", code)
                .query(java.time.LocalDate.class).single().format(vn.danvan.shared.DanVanTime.DATE);
        assertThat(text(By.id("dossier-due"))).isEqualTo(due);
        assertThat(text(By.id("applicant-email"))).isEqualTo("bich.ngan@example.vn");
        assertThat(text(By.id("dossier-documents"))).contains("Căn cước; bản chụp; 1");
        assertThat(text(By.id("dossier-register"))).matches("Quyển số 01/\\d{4}, số thứ tự \\d+");
        assertThat(fetch(By.id("slip-pdf"))).isEqualTo("200 application/pdf");
        assertThat(fetch(By.id("slip-docx"))).isEqualTo(
                "200 application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        clickAndWaitForPage(By.id("action-START"));
        assertThat(text(By.id("dossier-state"))).isEqualTo("Đang giải quyết");
        clickAndWaitForPage(By.id("action-RESULT_READY"));
        assertThat(text(By.id("dossier-state"))).isEqualTo("Đã có kết quả");
        clickAndWaitForPage(By.id("action-RETURN"));
        assertThat(text(By.id("dossier-state"))).isEqualTo("Đã trả kết quả");
        assertThat(text(By.id("dossier-timeliness"))).isEqualTo("Trả đúng hạn");
        assertThat(isPresent(By.id("actions"))).isFalse();
        assertThat(text(By.id("history"))).contains("Tiếp nhận hồ sơ", "Chuyển xử lý", "Có kết quả giải quyết",
                "Trả kết quả cho người nộp");

        clickAndWaitForPage(By.linkText("Hồ sơ thủ tục hành chính một cửa"));
        assertThat(text(By.id("dossiers"))).contains(code);
        signOut();

        // the citizen looks the dossier up by the code on the slip and rates the service
        open("/");
        clickAndWaitForPage(By.id("portal-dossiers"));
        type(By.id("code"), code.toLowerCase());
        clickAndWaitForPage(By.id("lookup"));
        assertThat(text(By.id("public-code"))).isEqualTo(code);
        assertThat(text(By.id("public-state"))).isEqualTo("Đã trả kết quả");
        assertThat(text(By.id("public-due"))).isEqualTo(due);
        assertThat(bodyText()).doesNotContain("Huỳnh Thị Bích Ngân", "0908 123 456", "Ấp Bình Thắng");
        click(By.id("rating-5"));
        clickAndWaitForPage(By.id("rate"));
        assertThat(text(By.id("public-rating"))).isEqualTo("5/5");
        assertThat(isPresent(By.id("rate-form"))).isFalse();
    }

    /** Status and content type of the link's target, fetched by the page itself (a browser keeps downloads to itself). */
    private String fetch(By link) {
        String href = find(link).getDomProperty("href");
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))
                    .catch(e => done('failed ' + e));""", href);
    }
}
