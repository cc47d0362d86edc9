package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * The district chairman opens the reception schedule from the dialogue list, chooses March 2026 and
 * follows An Long's held week to the session it was held in.
 */
@DanVanIntegrationTest
class ReceptionBrowserIT extends BrowserTestSupport {

    private final JdbcClient jdbc;

    @Autowired
    ReceptionBrowserIT(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Test
    void theChairmanFollowsAHeldWeekToItsSession() {
        long anLong = jdbc.sql("select id from unit where code = 'ALONG'").query(Long.class).single();
        String topic = "Tiếp công dân định kỳ tháng 3 " + uniqueSuffix();
        jdbc.sql("""
                insert into dialogue_conference (host_unit_id, kind, chair_name, starts_at, place, topic, status,
                    attendance, created_by, created_at, updated_at)
                values (:unit, 'RECEPTION', 'Chủ tịch UBND xã An Long', :startsAt, 'Trụ sở tiếp công dân xã An Long',
                    :topic, 'HELD', 9, 'test', :now, :now)
                """).param("unit", anLong).param("startsAt", LocalDate.of(2026, 3, 11).atTime(8, 0))
                .param("topic", topic).param("now", OffsetDateTime.now()).update();
        long id = jdbc.sql("select id from dialogue_conference where topic = :t").param("t", topic).query(Long.class)
                .single();

        signIn("chutich", DEMO_PASSWORD);
        clickAndWaitForPage(By.id("nav-dialogue"));
        clickAndWaitForPage(By.id("dialogue-reception"));
        waitForPath("/dialogue/reception");
        assertThat(text(By.id("reception-rule"))).contains("Điều 15 Luật Tiếp công dân năm 2013");

        select(By.id("reception-period"), "Tháng 3");
        select(By.id("reception-year"), "2026");
        clickAndWaitForPage(By.id("reception-submit"));
        assertThat(text(By.id("reception-period-name"))).isEqualTo("Tháng 3 năm 2026");
        By cell = By.cssSelector("#reception-unit-" + anLong + " td[data-week='2026-03-09']");
        assertThat(text(cell)).contains("Đã tiếp", "Buổi ngày 11/03");
        assertThat(find(cell).getAttribute("class")).contains("dv-reception-held");
        // the week before had a working day and no session: missed, in words as well as in colour
        assertThat(text(By.cssSelector("#reception-unit-" + anLong + " td[data-week='2026-03-02']")))
                .contains("Không tiếp");

        clickAndWaitForPage(By.cssSelector("#reception-unit-" + anLong + " td[data-week='2026-03-09'] a"));
        waitForPath("/dialogue/" + id);
        assertThat(bodyText()).contains(topic);
        assertThat(text(By.id("conference-state"))).isEqualTo("Đã tổ chức");
    }
}
