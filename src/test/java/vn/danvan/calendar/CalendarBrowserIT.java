package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * An administrator reads, in a browser, which document set each day off of an official year, and
 * records the notice of a later year as a person would type it.
 */
@DanVanIntegrationTest
class CalendarBrowserIT extends BrowserTestSupport {

    private static final int LATER_YEAR = 2070;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingCalendar calendar;

    @AfterEach
    void removeTheLaterYear() {
        jdbc.sql("delete from calendar_day where year_number = :year").param("year", LATER_YEAR).update();
        jdbc.sql("delete from calendar_source where year_number = :year").param("year", LATER_YEAR).update();
        jdbc.sql("delete from calendar_year where year_number = :year").param("year", LATER_YEAR).update();
        calendar.forget(LATER_YEAR);
    }

    @Test
    void anOfficialYearShowsTheDocumentThatSetEachDayOff() {
        signIn("admin", DEMO_PASSWORD);
        waitForPath("/home");
        clickMenu("nav-calendar");
        waitForPathMatching("/admin/calendar/\\d{4}");

        type(By.id("year"), "2025");
        clickAndWaitForPage(By.cssSelector("#go-to-year button[type=submit]"));
        waitForPath("/admin/calendar/2025");
        assertThat(heading()).isEqualTo("Lịch ngày nghỉ năm 2025");
        assertThat(text(By.id("calendar-status"))).isEqualTo("Đã xác nhận");
        assertThat(text(By.id("calendar-official"))).isEqualTo("Lịch chính thức");

        // Monday 27/01/2025 is a Tết day off, set by the ministry's notice, which the page names in full
        assertThat(text(By.id("day-2025-01-27"))).contains("27/01/2025", "Thứ Hai", "Tết Nguyên đán (28 tháng Chạp)",
                "Ngày nghỉ", "[3]");
        assertThat(text(By.id("day-2025-04-26"))).contains("26/04/2025", "Thứ Bảy", "Ngày làm bù");
        click(By.cssSelector("#day-2025-01-27 a.day-source"));
        waitUntil(d -> currentPath().endsWith("#source-3"), "the link to the document");
        assertThat(text(By.id("source-3"))).startsWith(
                "Thông báo số 6150/TB-BLĐTBXH ngày 03/12/2024 của Bộ Lao động - Thương binh và Xã hội:")
                .contains("hoán đổi thứ Sáu 02/05 sang thứ Bảy 26/04");
        assertThat(text(By.id("source-1"))).startsWith("Bộ luật Lao động số 45/2019/QH14 ngày 20/11/2019 của Quốc hội");
        assertThat(isPresent(By.id("day-2025-02-08"))).as("no Saturday worked after Tết 2025").isFalse();
    }

    @Test
    void anAdministratorRecordsTheNoticeOfALaterYearWithoutInventingItsNumber() {
        signIn("admin", DEMO_PASSWORD);
        waitForPath("/home");
        open("/admin/calendar/" + LATER_YEAR);
        assertThat(text(By.id("calendar-status"))).isEqualTo("Đề xuất, chưa lưu");
        assertThat(text(By.id("calendar-no-sources"))).startsWith("Lịch đề xuất theo Bộ luật Lao động năm 2019");

        clickAndWaitForPage(By.id("add-source"));
        waitForPath("/admin/calendar/" + LATER_YEAR + "/sources/new");
        type(By.id("kind"), "Thông báo");
        type(By.id("issuedOn"), "31/02/2069");
        type(By.id("issuer"), "Bộ Nội vụ");
        type(By.id("subject"), "Nghỉ Tết Âm lịch năm 2070 từ 08/02 đến hết 16/02/2070.");
        type(By.id("note"), "Chưa có bản gốc để đối chiếu số và ngày.");
        clickAndWaitForPage(By.id("save-source"));

        // the impossible date comes back beside its field, with everything typed kept
        assertThat(text(By.id("form-errors"))).contains("Hãy nhập ngày có thật");
        assertThat(text(By.id("issuedOn-error"))).contains("Hãy nhập ngày có thật");
        assertThat(value(By.id("issuedOn"))).isEqualTo("31/02/2069");
        assertThat(value(By.id("issuer"))).isEqualTo("Bộ Nội vụ");

        find(By.id("issuedOn")).clear();
        clickAndWaitForPage(By.id("save-source"));
        waitForPath("/admin/calendar/" + LATER_YEAR);
        assertThat(text(By.cssSelector(".alert-success"))).isEqualTo("Đã thêm văn bản căn cứ.");
        assertThat(text(By.id("calendar-status"))).isEqualTo("Đã lưu, chưa xác nhận");
        assertThat(text(By.id("source-1"))).startsWith("Thông báo của Bộ Nội vụ: Nghỉ Tết Âm lịch năm 2070")
                .contains("Ghi chú: Chưa có bản gốc để đối chiếu số và ngày.");
    }
}
