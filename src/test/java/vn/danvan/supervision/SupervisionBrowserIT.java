package vn.danvan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.shared.DanVanTime;

/**
 * A supervision conclusion clicked through as people do: the Front files it with two recommendations to
 * An Bình; its due date passes and the escalation runs; the commune's head answers late; the Front marks
 * both answers satisfactory and publishes; the portal shows it without any name.
 */
@DanVanIntegrationTest
class SupervisionBrowserIT extends BrowserTestSupport {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SupervisionEscalation escalation;

    @Autowired
    SupervisionBrowserIT(JdbcClient jdbc, Clock clock, SupervisionEscalation escalation) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.escalation = escalation;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE));
    }

    private long single(String sql, Object value) {
        return jdbc.sql(sql).param("v", value).query(Long.class).single();
    }

    @Test
    void aConclusionAnsweredLateAfterEscalationIsMarkedPublishedAndShownOnThePortal() {
        String title = "Kết luận giám sát an toàn thực phẩm " + uniqueSuffix();
        signIn("mttq", DEMO_PASSWORD);
        clickMenu("nav-supervision");
        clickAndWaitForPage(By.id("supervision-new"));
        select(By.id("kind"), "Kết luận, kiến nghị sau giám sát");
        type(By.id("title"), title);
        type(By.id("content"), "Qua giám sát tại các bếp ăn tập thể, Ban Thường trực kiến nghị.");
        type(By.id("recommendation-1"), "Kiểm tra định kỳ các bếp ăn tập thể trường học.");
        type(By.id("recommendation-2"), "Công khai danh sách cơ sở vi phạm.");
        click(By.id("unit-ABINH"));
        clickAndWaitForPage(By.id("send-request"));
        waitForPathMatching("/supervision/\\d+");
        String path = currentPath();
        assertThat(text(By.id("request-status"))).isEqualTo("Đã gửi, chờ trả lời");
        signOut();

        long request = single("select id from supervision_request where title = :v", title);
        long recipient = single("select id from supervision_recipient where request_id = :v", request);
        long unit = single("select id from unit where code = :v", "ABINH");
        jdbc.sql("update supervision_recipient set due_date = :d where id = :id")
                .param("d", today().minusDays(1)).param("id", recipient).update();
        escalation.run(today());
        assertThat(single("select count(*) from notice_sent where topic = 'supervision.answer' and subject_id = :v", recipient)).isEqualTo(2);

        signIn("anbinh.truong", DEMO_PASSWORD);
        open(path);
        assertThat(text(By.id("recipient-" + recipient))).contains("Quá hạn");
        select(By.id("outcome-1-" + unit), "Tiếp thu");
        type(By.id("actionText-1-" + unit), "Xã kiểm tra hằng tháng từ quý tới.");
        type(By.id("actionDueDate-1-" + unit), today().plusMonths(3).format(DanVanTime.DATE));
        clickAndWaitForPage(By.id("save-answer-1-" + unit));
        select(By.id("outcome-2-" + unit), "Giải trình");
        type(By.id("explanation-2-" + unit), "Việc công khai thuộc thẩm quyền của huyện.");
        clickAndWaitForPage(By.id("save-answer-2-" + unit));
        clickAndWaitForPage(By.id("send-answers-" + recipient));
        assertThat(text(By.id("answer-1-" + unit))).contains("Trả lời trễ hạn");
        signOut();

        signIn("mttq", DEMO_PASSWORD);
        open(path);
        for (int number = 1; number <= 2; number++) {
            long answer = jdbc.sql("""
                    select a.id from supervision_answer a join supervision_recommendation m on m.id = a.recommendation_id
                     where m.request_id = :r and m.number = :n""").param("r", request).param("n", number)
                    .query(Long.class).single();
            select(By.id("mark-" + answer), "Đạt");
            clickAndWaitForPage(By.id("save-mark-" + answer));
        }
        assertThat(text(By.id("answer-2-" + unit))).contains("Đạt");
        click(By.id("published"));
        click(By.id("save-publish"));
        confirmAction();
        assertThat(bodyText()).contains("Đã công khai");
        signOut();

        open("/portal/supervision");
        assertThat(bodyText()).contains(title, "Xã kiểm tra hằng tháng từ quý tới.",
                "Việc công khai thuộc thẩm quyền của huyện.", "Đạt", "Trả lời trễ hạn")
                .doesNotContain("Trần Văn Bình", "Võ Thị Lan");
    }
}
