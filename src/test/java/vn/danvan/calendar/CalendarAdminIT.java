package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.shared.DanVanTime;

/** The admin screens of the calendar, through the web layer; each test uses a year of its own. */
@DanVanIntegrationTest
class CalendarAdminIT {

    private static final RequestPostProcessor ADMIN = user("calendar-admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    Clock clock;

    @AfterEach
    void removeTestYears() {
        jdbc.sql("delete from calendar_day where year_number between 2071 and 2079").update();
        jdbc.sql("delete from calendar_source where year_number between 2071 and 2079").update();
        jdbc.sql("delete from calendar_year where year_number between 2071 and 2079").update();
        for (int year = 2071; year <= 2079; year++) {
            calendar.forget(year);
        }
    }

    @Test
    void onlyAdministratorsSeeTheCalendarScreens() throws Exception {
        mvc.perform(get("/admin/calendar/2071")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/calendar/2071").with(user("clerk").roles("STAFF"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/2071/open").with(csrf()).with(user("clerk").roles("STAFF")))
                .andExpect(status().isForbidden());
    }

    @Test
    void showsTheProposedYearWithVietnameseDatesAndWeekdays() throws Exception {
        // 1/1/2071 is a Thursday.
        mvc.perform(get("/admin/calendar/2071").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Lịch ngày nghỉ năm 2071"),
                        containsString("01/01/2071"), containsString("Thứ Năm"), containsString("Tết Dương lịch"),
                        containsString("Giỗ Tổ Hùng Vương (10/3 âm lịch)"), containsString("Đề xuất, chưa lưu"),
                        not(containsString("2.071")))));
    }

    @Test
    void theCalendarHomeOpensTheCurrentYear() throws Exception {
        mvc.perform(get("/admin/calendar").with(ADMIN)).andExpect(redirectedUrl(
                "/admin/calendar/" + LocalDate.now(clock).getYear()));
        mvc.perform(get("/admin/calendar").param("year", "2072").with(ADMIN))
                .andExpect(redirectedUrl("/admin/calendar/2072"));
    }

    @Test
    void addingADayRedirectsToTheYearAndShowsIt() throws Exception {
        mvc.perform(get("/admin/calendar/2072/days/new").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"_csrf\""), containsString("for=\"date\""),
                        containsString("for=\"name\""))));
        mvc.perform(post("/admin/calendar/2072/days").with(ADMIN).with(csrf())
                        .param("date", "11/03/2072").param("name", "Nghỉ theo quyết định của Thủ tướng")
                        .param("kind", "HOLIDAY").param("version", ""))
                .andExpect(redirectedUrl("/admin/calendar/2072"))
                .andExpect(flash().attribute("flash", "calendar.flash.dayAdded"));

        mvc.perform(get("/admin/calendar/2072").with(ADMIN))
                .andExpect(content().string(allOf(containsString("11/03/2072"),
                        containsString("Nghỉ theo quyết định của Thủ tướng"),
                        containsString("Đã lưu, chưa xác nhận"))));
        assertThatIsWorkingDay("2072-03-11", false);
    }

    @Test
    void aFormWithErrorsComesBackWithTheMessagesAndWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/calendar/2073/days").with(ADMIN).with(csrf())
                        .param("date", "31/02/2073").param("name", "Nghỉ lễ").param("kind", "HOLIDAY").param("version", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"form-errors\""),
                        containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm"),
                        containsString("value=\"31/02/2073\""),
                        containsString("value=\"Nghỉ lễ\""),
                        containsString("is-invalid"))));
        mvc.perform(post("/admin/calendar/2073/days").with(ADMIN).with(csrf())
                        .param("date", "").param("name", " ").param("kind", "HOLIDAY").param("version", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Vui lòng nhập ngày."),
                        containsString("Vui lòng nhập tên ngày."))));
        mvc.perform(post("/admin/calendar/2073/days").with(ADMIN).with(csrf())
                        .param("date", "2073-03-08").param("name", "Làm bù").param("kind", "MAKE_UP_WORKDAY")
                        .param("version", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ngày làm bù phải là thứ Bảy hoặc Chủ nhật")));
    }

    @Test
    void aWrongTypedOrOverLongValueComesBackBesideItsFieldAndNothingIsSaved() throws Exception {
        String name = "Nghỉ lễ ".repeat(26);
        mvc.perform(post("/admin/calendar/2076/days").with(ADMIN).with(csrf())
                        .param("date", "2076-03-11").param("name", "Nghỉ lễ").param("kind", "XSS").param("version", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"kind-error\""), containsString("Giá trị này không hợp lệ"),
                        containsString("value=\"Nghỉ lễ\""))));
        mvc.perform(post("/admin/calendar/2076/days").with(ADMIN).with(csrf())
                        .param("date", "2076-03-11").param("name", name).param("kind", "HOLIDAY").param("version", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"name-error\""), containsString("Tên ngày không được dài quá 200 ký tự."),
                        containsString("value=\"" + name.strip() + "\""), containsString("value=\"11/03/2076\""))));
        mvc.perform(post("/admin/calendar/2076/swap").with(ADMIN).with(csrf())
                        .param("dayOff", "31/02/2076").param("workingDay", "x".repeat(300)).param("version", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"dayOff-error\""), containsString("id=\"workingDay-error\""),
                        containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm"),
                        containsString("value=\"31/02/2076\""))));
        assertThat(days(2076)).isZero();
    }

    @Test
    void theButtonsOfTheYearRefuseATamperedDayOrVersion() throws Exception {
        mvc.perform(post("/admin/calendar/2077/open").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/calendar/2077"));
        long version = storedVersion(2077);
        long days = days(2077);
        mvc.perform(post("/admin/calendar/2077/days/remove").with(ADMIN).with(csrf())
                        .param("date", "31/02/2077").param("version", String.valueOf(version)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/calendar/2077/days/remove").with(ADMIN).with(csrf())
                        .param("date", "01/01/2077").param("version", "abc"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/calendar/2077/confirm").with(ADMIN).with(csrf()).param("version", "abc<b>"))
                .andExpect(status().isBadRequest());
        assertThat(days(2077)).isEqualTo(days);
        assertThat(storedVersion(2077)).isEqualTo(version);

        // the day as written in Viet Nam
        mvc.perform(post("/admin/calendar/2077/days/remove").with(ADMIN).with(csrf())
                        .param("date", "01/01/2077").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/admin/calendar/2077"))
                .andExpect(flash().attribute("flash", "calendar.flash.dayRemoved"));
        assertThat(days(2077)).isEqualTo(days - 1);
    }

    private long days(int year) {
        return jdbc.sql("select count(*) from calendar_day where year_number = :year")
                .param("year", year).query(Long.class).single();
    }

    @Test
    void swappingASaturdayForAFridayMakesTheSaturdayAWorkingDay() throws Exception {
        mvc.perform(get("/admin/calendar/2074/swap").with(ADMIN)).andExpect(status().isOk());
        mvc.perform(post("/admin/calendar/2074/swap").with(ADMIN).with(csrf())
                        .param("dayOff", "2074-01-06").param("workingDay", "2074-01-12").param("version", ""))
                .andExpect(redirectedUrl("/admin/calendar/2074"));
        assertThatIsWorkingDay("2074-01-06", true);
        assertThatIsWorkingDay("2074-01-12", false);
    }

    @Test
    void confirmingAndRemovingAreAuditedPostsThatRedirect() throws Exception {
        mvc.perform(post("/admin/calendar/2075/open").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/calendar/2075"));
        long version = storedVersion(2075);
        mvc.perform(post("/admin/calendar/2075/confirm").with(ADMIN).with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/admin/calendar/2075"));
        mvc.perform(get("/admin/calendar/2075").with(ADMIN))
                .andExpect(content().string(allOf(containsString("Đã xác nhận"), containsString("calendar-admin"))));

        long confirmed = storedVersion(2075);
        mvc.perform(post("/admin/calendar/2075/days/remove").with(ADMIN).with(csrf())
                        .param("date", "2075-04-30").param("version", String.valueOf(confirmed)))
                .andExpect(redirectedUrl("/admin/calendar/2075"))
                .andExpect(flash().attribute("flash", "calendar.flash.dayRemoved"));
        mvc.perform(post("/admin/calendar/2075/days/remove").with(ADMIN).with(csrf())
                        .param("date", "2075-05-01").param("version", String.valueOf(confirmed)))
                .andExpect(status().isConflict());
    }

    @Test
    void showsAnOfficialYearWithTheDocumentsThatSetIt() throws Exception {
        mvc.perform(get("/admin/calendar/2024").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Lịch chính thức"), containsString("Văn bản căn cứ"),
                        containsString("Thông báo số 5015/TB-LĐTBXH ngày 22/11/2023 của Bộ Lao động - Thương binh và Xã hội"),
                        containsString("Công văn số 2450/VPCP-KGVX ngày 12/04/2024 của Văn phòng Chính phủ"),
                        containsString("Thông báo số 1570/TB-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội"),
                        containsString("Ghi chú: Ngày ban hành chưa đối chiếu được với bản gốc."),
                        containsString("08/02/2024"), containsString("Tết Nguyên đán (29 tháng Chạp)"),
                        containsString("href=\"#source-2\""),
                        not(containsString("Xác nhận bởi system")))));
        mvc.perform(get("/admin/calendar/2021").with(ADMIN))
                .andExpect(content().string(containsString("Thông báo của Bộ Lao động - Thương binh và Xã hội")));
    }

    @Test
    void anAdministratorRecordsTheDocumentThatSetALaterYearAndRemovesIt() throws Exception {
        mvc.perform(get("/admin/calendar/2078/sources/new").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("for=\"kind\""), containsString("for=\"number\""),
                        containsString("for=\"issuedOn\""), containsString("for=\"issuer\""),
                        containsString("for=\"subject\""), containsString("không ghi số phỏng đoán"))));
        long audited = auditCount(CalendarAdministration.SOURCE_ENTITY);
        mvc.perform(post("/admin/calendar/2078/sources").with(ADMIN).with(csrf())
                        .param("kind", "Thông báo").param("number", "123/TB-BNV").param("issuedOn", "15/10/2025")
                        .param("issuer", "Bộ Nội vụ").param("subject", "Nghỉ Tết Âm lịch năm 2078.")
                        .param("note", "").param("version", ""))
                .andExpect(redirectedUrl("/admin/calendar/2078"))
                .andExpect(flash().attribute("flash", "calendar.flash.sourceAdded"));
        mvc.perform(get("/admin/calendar/2078").with(ADMIN))
                .andExpect(content().string(allOf(
                        containsString("Thông báo số 123/TB-BNV ngày 15/10/2025 của Bộ Nội vụ"),
                        containsString("Nghỉ Tết Âm lịch năm 2078."), containsString("Đã lưu, chưa xác nhận"))));
        assertThat(auditCount(CalendarAdministration.SOURCE_ENTITY)).isEqualTo(audited + 1);

        long version = storedVersion(2078);
        mvc.perform(post("/admin/calendar/2078/sources/remove").with(ADMIN).with(csrf())
                        .param("position", "1").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/admin/calendar/2078"))
                .andExpect(flash().attribute("flash", "calendar.flash.sourceRemoved"));
        assertThat(jdbc.sql("select count(*) from calendar_source where year_number = 2078").query(Long.class).single())
                .isZero();
        mvc.perform(post("/admin/calendar/2078/sources/remove").with(ADMIN).with(csrf())
                        .param("position", "1").param("version", String.valueOf(storedVersion(2078))))
                .andExpect(flash().attribute("calendarError", "Lịch của năm không có văn bản thứ 1."));
        mvc.perform(post("/admin/calendar/2078/sources/remove").with(ADMIN).with(csrf())
                        .param("position", "abc").param("version", String.valueOf(storedVersion(2078))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aDocumentFormWithErrorsComesBackWithItsMessagesAndNothingIsSaved() throws Exception {
        mvc.perform(post("/admin/calendar/2079/sources").with(ADMIN).with(csrf())
                        .param("kind", " ").param("number", "9/TB").param("issuedOn", "31/02/2025")
                        .param("issuer", "").param("subject", "").param("version", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"form-errors\""),
                        containsString("Vui lòng nhập loại văn bản."),
                        containsString("Vui lòng nhập cơ quan ban hành."),
                        containsString("Vui lòng nhập nội dung văn bản quy định."),
                        containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm"),
                        containsString("value=\"31/02/2025\""), containsString("value=\"9/TB\""))));
        String tomorrow = DanVanTime.DATE.format(LocalDate.now(clock).plusDays(1));
        mvc.perform(post("/admin/calendar/2079/sources").with(ADMIN).with(csrf())
                        .param("kind", "Thông báo").param("issuedOn", tomorrow).param("issuer", "Bộ Nội vụ")
                        .param("subject", "Nghỉ Tết").param("version", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ngày ban hành " + tomorrow + " chưa đến"),
                        containsString("id=\"issuedOn-error\""))));
        mvc.perform(post("/admin/calendar/2079/sources").with(ADMIN).with(csrf())
                        .param("kind", "Thông báo").param("issuer", "Bộ Nội vụ".repeat(30))
                        .param("subject", "Nghỉ Tết").param("version", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 200 ký tự.")));
        assertThat(jdbc.sql("select count(*) from calendar_year where year_number = 2079").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from calendar_source where year_number = 2079").query(Long.class).single())
                .isZero();
    }

    @Test
    void onlyAdministratorsRecordDocuments() throws Exception {
        mvc.perform(get("/admin/calendar/2078/sources/new").with(user("clerk").roles("STAFF")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/2078/sources").with(csrf()).with(user("clerk").roles("STAFF"))
                        .param("kind", "Thông báo").param("issuer", "Bộ Nội vụ").param("subject", "Nghỉ Tết"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/2024/sources/remove").with(csrf()).with(user("clerk").roles("STAFF"))
                        .param("position", "1").param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from calendar_source where year_number = 2078").query(Long.class).single())
                .isZero();
    }

    private long auditCount(String type) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = :type")
                .param("type", type).query(Long.class).single();
    }

    @Test
    void aYearOutsideTheCalendarIsABadRequest() throws Exception {
        mvc.perform(get("/admin/calendar/2200").with(ADMIN)).andExpect(status().isBadRequest());
    }

    private long storedVersion(int year) {
        return jdbc.sql("select version from calendar_year where year_number = :year")
                .param("year", year).query(Long.class).single();
    }

    private void assertThatIsWorkingDay(String date, boolean working) {
        assertThat(calendar.isWorkingDay(LocalDate.parse(date)))
                .as("%s is a working day", date).isEqualTo(working);
    }
}
