package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.organisation.OrganisationService;

/**
 * The administrator opens the register from the menu, filters it and finds a number just issued;
 * the sample document links answer with a PDF and a Word file.
 */
@DanVanIntegrationTest
class DocumentRegisterBrowserIT extends BrowserTestSupport {

    private final OrganisationService organisation;

    @Autowired
    DocumentRegisterBrowserIT(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Autowired
    DocumentRegister register;

    @Test
    void theAdministratorFindsAnIssuedNumberAndTheSampleLinksAnswer() {
        String summary = "Kế hoạch đối thoại với Nhân dân " + uniqueSuffix();
        long district = organisation.unitByCode("UBND-PG").orElseThrow().id();
        IssuedNumber issued = register.issue(IssueRequest.of(district, DocumentType.KE_HOACH,
                LocalDate.of(2018, 4, 5), summary));

        signIn("admin", DEMO_PASSWORD);
        waitForPath("/home");
        clickMenu("nav-documents");
        waitForPath("/documents/register");
        assertThat(heading()).isEqualTo("Sổ đăng ký văn bản đi");
        assertThat(isPresent(By.id("issuerUnitId"))).isTrue();
        assertThat(isPresent(By.id("year"))).isTrue();

        select(By.id("issuerUnitId"), "Ủy ban nhân dân huyện Phú Giáo");
        select(By.id("type"), "Kế hoạch");
        select(By.id("year"), "2018");
        clickAndWaitForPage(By.id("register-filter-submit"));
        assertThat(selected(By.id("type"))).isEqualTo("Kế hoạch");
        String table = text(By.id("register-table"));
        assertThat(table).contains(summary, issued.text(), "05/04/2018");
        assertThat(table).doesNotContain("Báo cáo tổng hợp");

        assertThat(fetch(By.id("sample-pdf"))).isEqualTo("200 application/pdf");
        assertThat(fetch(By.id("sample-docx")))
                .isEqualTo("200 application/vnd.openxmlformats-officedocument.wordprocessingml.document");
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
