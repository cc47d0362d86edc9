package vn.danvan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.organisation.OrganisationFixture;

/** The Chairman opens the dashboard, sees An Bình's overdue petition in red and clicks through to it. */
@DanVanIntegrationTest
class DashboardBrowserIT extends BrowserTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theChairmanClicksAnOverdueFigureAndLandsOnThosePetitions() throws Exception {
        String title = "Cầu tràn ấp Bình Thắng hư hỏng " + uniqueSuffix();
        long anBinh = OrganisationFixture.of(context).unit("ABINH");
        // an overdue petition of An Bình, received at the counter
        new OverduePetitions(mvc, context, jdbc).ofAnBinh(title);

        signIn("chutich", DEMO_PASSWORD);
        clickAndWaitForPage(By.id("nav-dashboard"));
        assertThat(heading()).startsWith("Bảng điều hành công tác dân vận năm");
        // the petitions' overdue figure: other late-item columns (dialogue commitments) may be red too
        By overdue = By.cssSelector("#unit-" + anBinh + " a.text-bg-danger[href*='/petitions']");
        assertThat(text(overdue)).matches("[1-9][0-9]*");

        clickAndWaitForPage(overdue);

        assertThat(currentPath()).isEqualTo("/petitions?unitId=" + anBinh + "&overdue=true");
        assertThat(bodyText()).contains(title);
        assertThat(selected(By.id("unitId"))).isEqualTo("Ủy ban nhân dân xã An Bình");
    }

    @Test
    void theChairmanChoosesAClauseOfTheDirectiveAndSeesAllItsFigures() {
        signIn("chutich", DEMO_PASSWORD);
        clickAndWaitForPage(By.id("nav-dashboard"));
        assertThat(bodyText()).doesNotContain("Kiến nghị giám sát, phản biện nhận được");

        select(By.id("clause"), "Mục 1g: giám sát, phản biện xã hội của Mặt trận");
        clickAndWaitForPage(By.id("dashboard-submit"));

        assertThat(currentPath()).contains("clause=1g");
        assertThat(selected(By.id("clause"))).isEqualTo("Mục 1g: giám sát, phản biện xã hội của Mặt trận");
        assertThat(bodyText()).contains("Kiến nghị giám sát, phản biện nhận được", "Số kiến nghị được tiếp thu")
                .doesNotContain("PAKN đang quá hạn");
    }
}
