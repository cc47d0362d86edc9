package vn.danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * A year's report clicked through: Home Affairs opens the period, An Bình's officer finds its
 * petition figures already there and writes the narrative, the head signs off and submits, Home
 * Affairs returns it, it comes back and is accepted, and the consolidation's downloads answer.
 */
@DanVanIntegrationTest
class ReportingBrowserIT extends BrowserTestSupport {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void fromOpeningThePeriodToTheConsolidatedDownloads() throws Exception {
        new ReportingFixture(mvc, context, jdbc).petitionForAnBinh("Cống thoát nước ấp 3 bị tắc " + uniqueSuffix());

        signIn("noivu", DEMO_PASSWORD);
        open("/reporting");
        clickAndWaitForPage(By.id("open-period"));
        assertThat(value(By.id("deadline"))).matches("15/10/\\d{4}");
        // the figures run to the end of the year, so that today's petition counts
        type(By.id("spanTo"), "31/12/" + value(By.id("deadline")).substring(6));
        // the deadline passed yesterday: the report that follows is submitted late
        type(By.id("deadline"), java.time.LocalDate.now(vn.danvan.shared.DanVanTime.ZONE).minusDays(1)
                .format(vn.danvan.shared.DanVanTime.DATE));
        clickAndWaitForPage(By.id("save-period"));
        String periodPath = currentPath();
        assertThat(periodPath).matches("/reporting/periods/\\d+");
        // every unit is late on the day after the deadline: one action urges them all
        clickAndWaitForPage(By.id("remind-all"));
        assertThat(text(By.id("flash"))).startsWith("Đã gửi đôn đốc đến").contains("đơn vị chưa gửi báo cáo");
        screenshot("period-reminded-all");
        signOut();

        signIn("anbinh.canbo", DEMO_PASSWORD);
        open(periodPath);
        clickAndWaitForPage(By.linkText("Ủy ban nhân dân xã An Bình"));
        String reportPath = currentPath();
        clickAndWaitForPage(By.id("start-report"));
        String received = text(By.cssSelector("tr[data-code='petition.received'] .figure-value"));
        assertThat(new BigDecimal(received.replace(".", ""))).isGreaterThanOrEqualTo(BigDecimal.ONE);
        assertThat(find(By.cssSelector("tr[data-code='petition.received'] a")).getAttribute("href"))
                .matches(".*/petitions\\?unitId=[0-9]+$");
        type(By.name("sections[1b]"), "Xã tổ chức 2 hội nghị đối thoại với Nhân dân. Các kiến nghị đều được trả lời.");
        select(By.id("selfRating"), "Hoàn thành tốt nhiệm vụ");
        clickAndWaitForPage(By.id("save-report"));
        assertThat(text(By.id("report-state"))).isEqualTo("Đang soạn");
        signOut();

        headSignsOffAndSubmits(reportPath);
        assertThat(text(By.id("report-timeliness"))).isEqualTo("Trễ hạn");
        signOut();

        signIn("noivu", DEMO_PASSWORD);
        open(reportPath);
        type(By.id("comment"), "Đề nghị bổ sung số liệu tiếp công dân.");
        clickAndWaitForPage(By.id("reason-submit"));
        assertThat(text(By.id("report-state"))).isEqualTo("Bị trả lại");
        signOut();

        signIn("anbinh.canbo", DEMO_PASSWORD);
        open(reportPath);
        assertThat(text(By.id("return-comment"))).contains("bổ sung số liệu tiếp công dân");
        type(By.name("sections[1d]"), "Tiếp 15 lượt công dân trong năm.");
        clickAndWaitForPage(By.id("save-report"));
        signOut();
        headSignsOffAndSubmits(reportPath);
        signOut();

        signIn("noivu", DEMO_PASSWORD);
        open(reportPath);
        clickAndWaitForPage(By.id("accept-report"));
        assertThat(text(By.id("report-state"))).isEqualTo("Đã tiếp nhận");
        open(periodPath);
        click(By.id("consolidate"));
        waitForPath(periodPath + "/consolidation");
        for (String link : new String[] {"download-docx", "download-pdf", "download-xlsx"}) {
            Object status = script("var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send();"
                    + " return x.status + ' ' + x.response.length;", find(By.id(link)).getAttribute("href"));
            assertThat(String.valueOf(status)).as(link).startsWith("200 ");
        }
    }

    private void headSignsOffAndSubmits(String reportPath) {
        signIn("anbinh.truong", DEMO_PASSWORD);
        open(reportPath);
        clickAndWaitForPage(By.id("sign-off"));
        assertThat(text(By.id("report-state"))).isEqualTo("Đã ký duyệt");
        clickAndWaitForPage(By.id("submit-report"));
        assertThat(text(By.id("report-state"))).isEqualTo("Đã gửi");
    }
}
