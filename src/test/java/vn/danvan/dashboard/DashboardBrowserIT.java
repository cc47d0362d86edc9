package vn.danvan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.shared.DanVanTime;

/** The Chairman opens the dashboard, sees An Bình's overdue petition in red and clicks through to it. */
@DanVanIntegrationTest
class DashboardBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theChairmanClicksAnOverdueFigureAndLandsOnThosePetitions() {
        String title = "Cầu tràn ấp Bình Thắng hư hỏng " + uniqueSuffix();
        long anBinh = jdbc.sql("select id from unit where code = 'ABINH'").query(Long.class).single();
        // an overdue petition of An Bình, as the counter would have received it weeks ago
        jdbc.sql("""
                insert into petition (code, kind, category_id, channel, title, content, search_key, unit_id, status,
                    received_at, acceptance_due, answer_due, published, created_at, updated_at, version)
                values (:code, 'FEEDBACK', (select id from petition_category where code = 'GIAO_THONG'), 'COUNTER',
                    :title, 'Cầu tràn hư hỏng, xe không qua được.', :key, :unit, 'ACCEPTED', :received, :due, :due,
                    false, :received, :received, 0)""")
                .param("code", "PA-DASH0-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase())
                .param("title", title).param("key", "cau tran ap binh thang hu hong").param("unit", anBinh)
                .param("received", OffsetDateTime.now().minusDays(40))
                .param("due", LocalDate.now(DanVanTime.ZONE).minusDays(5)).update();

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
