package vn.danvan.dialogue;

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
 * A conference clicked through as people do: the An Bình officer schedules it, records it held with
 * the attendance, a question answered on the spot, a question turned into a petition and a commitment;
 * the minutes link answers; the public portal lists the conference without the askers.
 */
@DanVanIntegrationTest
class DialogueBrowserIT extends BrowserTestSupport {

    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficerSchedulesAndRecordsAConferenceAndThePortalListsIt() {
        String topic = "Đối thoại về ngập nước ấp 4 " + uniqueSuffix();
        signIn("anbinh.canbo", DEMO_PASSWORD);
        clickMenu("nav-dialogue");
        clickAndWaitForPage(By.id("dialogue-new"));
        type(By.id("startsDate"), LocalDate.now(clock).plusDays(20).format(DanVanTime.DATE));
        type(By.id("startsTime"), "08:00");
        select(By.id("chairPersonId"), "Trần Văn Bình - Chủ tịch UBND xã An Bình (Ủy ban nhân dân xã An Bình)");
        type(By.id("topic"), topic);
        type(By.id("place"), "Hội trường ấp 4");
        clickAndWaitForPage(By.id("save-dialogue"));
        waitForPathMatching("/dialogue/\\d+");
        assertThat(text(By.id("conference-state"))).isEqualTo("Đã lên lịch");
        String conferencePath = currentPath();

        clickAndWaitForPage(By.id("attendees-link"));
        type(By.id("fullName"), "Võ Văn Người Dự");
        type(By.id("address"), "ấp 4");
        clickAndWaitForPage(By.id("add-attendee"));
        assertThat(text(By.id("attendees"))).contains("Võ Văn Người Dự");
        open(conferencePath);

        type(By.id("attendance"), "72");
        type(By.id("secretaryName"), "Lê Thị Hoa");
        clickAndWaitForPage(By.id("hold"));
        assertThat(text(By.id("flash"))).isEqualTo("Đã ghi nhận hội nghị đối thoại đã diễn ra.");
        assertThat(text(By.id("conference-state"))).isEqualTo("Đã tổ chức");
        assertThat(text(By.id("conference-attendance"))).isEqualTo("72");
        assertThat(text(By.id("conference-secretary"))).isEqualTo("Lê Thị Hoa");

        type(By.id("askerName"), "Phạm Văn Riêng Tư");
        type(By.id("question"), "Bao giờ nạo vét cống ấp 4?");
        type(By.id("answer"), "Tháng sau xã tổ chức nạo vét.");
        clickAndWaitForPage(By.id("add-answered"));
        type(By.id("askerName"), "Lý Thị Bí Mật");
        type(By.id("question"), "Đề nghị nâng cấp đường liên ấp");
        clickAndWaitForPage(By.id("add-petition"));
        assertThat(text(By.id("questions"))).contains("Tháng sau xã tổ chức nạo vét.", "Đã chuyển thành kiến nghị")
                .doesNotContain("Phạm Văn Riêng Tư");
        click(By.id("show-askers"));
        waitUntil(d -> text(By.id("questions")).contains("Phạm Văn Riêng Tư"), "the askers shown on request");
        assertThat(text(By.id("questions"))).contains("Lý Thị Bí Mật");

        type(By.id("content"), "Nạo vét cống ấp 4");
        type(By.id("dueDate"), LocalDate.now(clock).plusDays(30).format(DanVanTime.DATE));
        clickAndWaitForPage(By.id("add-commitment"));
        assertThat(text(By.id("commitments"))).contains("Nạo vét cống ấp 4");

        String minutes = find(By.id("minutes-pdf")).getDomAttribute("href");
        int status = ((Number) script("""
                var r = new XMLHttpRequest(); r.open('GET', arguments[0], false); r.send(); return r.status;
                """, minutes)).intValue();
        assertThat(status).isEqualTo(200);
        signOut();

        open("/portal/dialogues");
        assertThat(bodyText()).contains(topic, "Tháng sau xã tổ chức nạo vét.", "Nạo vét cống ấp 4")
                .doesNotContain("Riêng Tư", "Bí Mật", "Người Dự");
    }

    @Test
    void aCommitmentGoneOverdueIsOnTheNextConferencesAgendaAndFlaggedOnThePortalAndTheNextOneIsPostponed() {
        String topic = "Đối thoại về nước sạch " + uniqueSuffix();
        String promise = "Lắp đường ống nước ấp 2 " + uniqueSuffix();
        signIn("anbinh.canbo", DEMO_PASSWORD);
        scheduleThroughTheForm(topic, 10);
        type(By.id("attendance"), "30");
        clickAndWaitForPage(By.id("hold"));
        type(By.id("content"), promise);
        type(By.id("dueDate"), LocalDate.now(clock).plusDays(40).format(DanVanTime.DATE));
        clickAndWaitForPage(By.id("add-commitment"));
        assertThat(isPresent(By.cssSelector("#commitments .dv-overdue"))).isFalse();

        // the due date passes without the work being done
        jdbc.sql("update dialogue_commitment set due_date = :d where content = :c")
                .param("d", LocalDate.now(clock).minusDays(2)).param("c", promise).update();
        open(currentPath());
        assertThat(text(By.cssSelector("#commitments .dv-overdue"))).isEqualTo("Quá hạn");

        String next = "Hội nghị quý sau " + uniqueSuffix();
        scheduleThroughTheForm(next, 30);
        assertThat(text(By.id("overdue-agenda"))).contains(promise);

        click(By.cssSelector("#postpone-section summary"));
        String day = LocalDate.now(clock).plusDays(45).format(DanVanTime.DATE);
        type(By.id("postponeDate"), day);
        type(By.id("postponeTime"), "14:00");
        clickAndWaitForPage(By.id("postpone"));
        assertThat(text(By.id("postponeReason-error"))).isEqualTo("Vui lòng nhập lý do hoãn.");
        assertThat(value(By.id("postponeDate"))).isEqualTo(day);
        type(By.id("postponeReason"), "Trùng lịch tiếp xúc cử tri");
        clickAndWaitForPage(By.id("postpone"));
        assertThat(text(By.id("conference-state"))).isEqualTo("Đã hoãn");
        assertThat(text(By.id("postponed-reason"))).isEqualTo("Trùng lịch tiếp xúc cử tri");
        assertThat(text(By.id("overdue-agenda"))).contains(promise);
        signOut();

        open("/portal/dialogues");
        assertThat(bodyText()).contains(next, day + " 14:00", "Đã hoãn, lý do: Trùng lịch tiếp xúc cử tri");
        String line = (String) script("""
                return Array.from(document.querySelectorAll('#portal-past li li'))
                    .map(e => e.textContent).find(t => t.indexOf(arguments[0]) >= 0);
                """, promise);
        assertThat(line).contains("Quá hạn");
    }

    private void scheduleThroughTheForm(String topic, int daysAhead) {
        open("/dialogue/new");
        type(By.id("startsDate"), LocalDate.now(clock).plusDays(daysAhead).format(DanVanTime.DATE));
        type(By.id("startsTime"), "08:00");
        select(By.id("chairPersonId"), "Trần Văn Bình - Chủ tịch UBND xã An Bình (Ủy ban nhân dân xã An Bình)");
        type(By.id("topic"), topic);
        type(By.id("place"), "Hội trường ấp 2");
        clickAndWaitForPage(By.id("save-dialogue"));
        waitForPathMatching("/dialogue/\\d+");
    }
}
