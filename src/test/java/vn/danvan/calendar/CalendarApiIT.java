package vn.danvan.calendar;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;

/** The public calendar API, without signing in. */
@DanVanIntegrationTest
class CalendarApiIT {

    @Autowired
    MockMvc mvc;

    @Test
    void givesTheVietnameseLunarDateOfASolarDate() throws Exception {
        mvc.perform(get("/api/v1/calendar/lunar").param("date", "2026-02-17"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json("""
                        {"date":"2026-02-17","lunarDay":1,"lunarMonth":1,"lunarYear":2026,"leapMonth":false}""",
                        JsonCompareMode.STRICT));
    }

    @Test
    void marksALeapMonth() throws Exception {
        mvc.perform(get("/api/v1/calendar/lunar").param("date", "2025-07-25"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"date":"2025-07-25","lunarDay":1,"lunarMonth":6,"lunarYear":2025,"leapMonth":true}"""));
    }

    @Test
    void listsTheDaysOffOfAYearInDateOrderWithTheDocumentsThatSetThem() throws Exception {
        // 2026 as the Government set it: 1/1 with the swap of 02/01 for 10/01, Tết 14-22/02, Giỗ Tổ and
        // its make-up day, 30/4, 1/5, the swap of 31/08 for 22/08, 1-2/9, 24/11.
        mvc.perform(get("/api/v1/calendar/holidays").param("year", "2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(21)))
                .andExpect(jsonPath("$[0].date").value("2026-01-01"))
                .andExpect(jsonPath("$[0].name").value("Tết Dương lịch"))
                .andExpect(jsonPath("$[0].kind").value("HOLIDAY"))
                .andExpect(jsonPath("$[0].confirmed").value(true))
                .andExpect(jsonPath("$[0].source.kind").value("Bộ luật Lao động"))
                .andExpect(jsonPath("$[0].source.number").value("45/2019/QH14"))
                .andExpect(jsonPath("$[1].date").value("2026-01-02"))
                .andExpect(jsonPath("$[1].source.number").value("12729/VPCP-KGVX"))
                .andExpect(jsonPath("$[2].date").value("2026-01-10"))
                .andExpect(jsonPath("$[2].kind").value("MAKE_UP_WORKDAY"))
                .andExpect(jsonPath("$[3].date").value("2026-02-14"))
                .andExpect(jsonPath("$[6].date").value("2026-02-17"))
                .andExpect(jsonPath("$[6].name").value("Tết Nguyên đán (mùng 1 tháng Giêng)"))
                .andExpect(jsonPath("$[6].source.number").value("9441/TB-BNV"))
                .andExpect(jsonPath("$[6].source.issuedOn").value("2025-10-16"))
                .andExpect(jsonPath("$[6].source.issuer").value("Bộ Nội vụ"))
                .andExpect(jsonPath("$[6].source.citation").value("Thông báo số 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ"))
                .andExpect(jsonPath("$[11].date").value("2026-02-22"))
                .andExpect(jsonPath("$[13].date").value("2026-04-27"))
                .andExpect(jsonPath("$[13].name").value("Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)"))
                .andExpect(jsonPath("$[20].date").value("2026-11-24"))
                .andExpect(jsonPath("$[20].source.number").value("28/2026/QH16"));
    }

    @Test
    void citesADocumentWhoseNumberIsNotCheckedWithoutANumber() throws Exception {
        mvc.perform(get("/api/v1/calendar/holidays").param("year", "2021"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].date").value("2021-02-10"))
                .andExpect(jsonPath("$[1].source.number").doesNotExist())
                .andExpect(jsonPath("$[1].source.citation").value("Thông báo của Bộ Lao động - Thương binh và Xã hội"))
                .andExpect(jsonPath("$[1].source.note", containsString("chưa đối chiếu")));
        mvc.perform(get("/api/v1/calendar/holidays").param("year", "2025").param("lang", "en"))
                .andExpect(jsonPath("$[1].source.citation")
                        .value("Thông báo No. 6150/TB-BLĐTBXH of 03/12/2024, Bộ Lao động - Thương binh và Xã hội"));
    }

    @Test
    void aProposedYearHasNoDocument() throws Exception {
        mvc.perform(get("/api/v1/calendar/holidays").param("year", "2027"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].date").value("2027-01-01"))
                .andExpect(jsonPath("$[0].confirmed").value(false))
                .andExpect(jsonPath("$[0].source").doesNotExist());
    }

    @Test
    void givesTheDueDateOfAPeriodInWorkingDays() throws Exception {
        mvc.perform(get("/api/v1/calendar/due-date").param("from", "2026-02-13").param("workingDays", "1"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"from":"2026-02-13","workingDays":1,"dueDate":"2026-02-23"}""",
                        JsonCompareMode.STRICT));
        mvc.perform(get("/api/v1/calendar/due-date").param("from", "2026-03-07").param("workingDays", "0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate").value("2026-03-09"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/api/v1/calendar/lunar?date=2026-13-45",
        "/api/v1/calendar/lunar?date=17/02/2026",
        "/api/v1/calendar/lunar?date=",
        "/api/v1/calendar/lunar",
        "/api/v1/calendar/lunar?date=1899-12-31",
        "/api/v1/calendar/lunar?date=2200-01-01",
        "/api/v1/calendar/holidays?year=1899",
        "/api/v1/calendar/holidays?year=2200",
        "/api/v1/calendar/holidays?year=abc",
        "/api/v1/calendar/holidays?year=99999999999",
        "/api/v1/calendar/holidays",
        "/api/v1/calendar/due-date?from=2026-02-13&workingDays=-1",
        "/api/v1/calendar/due-date?from=2026-02-13&workingDays=3651",
        "/api/v1/calendar/due-date?from=2026-02-13&workingDays=ten",
        "/api/v1/calendar/due-date?from=2026-02-13",
        "/api/v1/calendar/due-date?workingDays=3",
        "/api/v1/calendar/due-date?from=2026-02-30&workingDays=3",
        "/api/v1/calendar/due-date?from=2199-12-30&workingDays=5",
        "/api/v1/calendar/due-date?from=1899-12-31&workingDays=5"
    })
    void answersABadParameterWith400AndAMessage(String url) throws Exception {
        mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.error").value("Bad Request"))
                .andExpect(jsonPath("$.message", allOf(not(startsWith("calendar.")), not(startsWith("error.")))));
    }

    @Test
    void explainsARangeErrorInVietnamese() throws Exception {
        mvc.perform(get("/api/v1/calendar/holidays").param("year", "2200"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("1900")))
                .andExpect(jsonPath("$.message", containsString("phạm vi")));
        mvc.perform(get("/api/v1/calendar/holidays").param("year", "2200").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("outside the supported calendar")));
    }

    @Test
    void isDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/calendar/lunar'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/calendar/holidays'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/calendar/due-date'].get.summary").exists());
    }
}
