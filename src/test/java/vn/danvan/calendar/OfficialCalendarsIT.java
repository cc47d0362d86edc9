package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.DanVanIntegrationTest;

/**
 * The official calendars of 2020-2026 that ship as data (V29): confirmed, each day with the
 * document that set it, and the working-day arithmetic of every deadline following them rather
 * than the Labour Code proposal.
 */
@DanVanIntegrationTest
class OfficialCalendarsIT {

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    CalendarAdministration administration;
    @Autowired
    HolidayRules rules;

    @ParameterizedTest(name = "{0}: {1} weekdays off, {2} Saturdays worked")
    @CsvSource({
        // Labour Code 2012 (art. 115): 10 days, Quốc khánh one day
        "2020, 10, 0",
        "2021, 11, 0",
        "2022, 11, 0",
        "2023, 11, 0",
        // one swap each: a weekday off and a Saturday worked
        "2024, 12, 1",
        "2025, 12, 1",
        // two swaps, and Ngày Văn hóa Việt Nam 24/11
        "2026, 14, 2"
    })
    void eachOfficialYearIsConfirmedWithItsDocuments(int year, int weekdaysOff, int saturdaysWorked) {
        YearView view = administration.view(year);
        assertThat(view.stored()).isTrue();
        assertThat(view.official()).isTrue();
        assertThat(view.confirmed()).isTrue();
        assertThat(view.sources()).isNotEmpty();
        assertThat(view.sources().get(0).kind()).isEqualTo("Bộ luật Lao động");
        assertThat(view.days()).as("every day has its document")
                .allSatisfy(day -> assertThat(view.sourceOf(day.date())).isNotNull());
        assertThat(view.days()).filteredOn(day -> day.isHoliday() && !HolidayRules.isWeekend(day.date()))
                .hasSize(weekdaysOff);
        assertThat(view.days()).filteredOn(day -> day.kind() == DayKind.MAKE_UP_WORKDAY).hasSize(saturdaysWorked);
        assertThat(calendar.daysOff(year)).isEqualTo(view.days());
    }

    @Test
    void laterYearsStayProposedFromTheRules() {
        YearView view = administration.view(2027);
        assertThat(view.stored()).isFalse();
        assertThat(view.official()).isFalse();
        assertThat(view.sources()).isEmpty();
        assertThat(calendar.daysOff(2027)).isEqualTo(rules.propose(2027));
    }

    /** Thông báo 5015/TB-LĐTBXH: Tết Giáp Thìn from Thursday 08/02 to Wednesday 14/02/2024. */
    @Test
    void tet2024RunsFromTheEighthToTheFourteenthOfFebruary() {
        assertWorking("2024-02-07", true);
        for (LocalDate day = date("2024-02-08"); !day.isAfter(date("2024-02-14")); day = day.plusDays(1)) {
            assertWorking(day.toString(), false);
        }
        // the rules alone proposed 09-15/02: the 15th is a working day
        assertWorking("2024-02-15", true);
        assertThat(calendar.addWorkingDays(date("2024-02-07"), 1)).isEqualTo(date("2024-02-15"));
        // five working days from Tuesday 06/02: 07, 15, 16, 19 and 20/02
        assertThat(calendar.addWorkingDays(date("2024-02-06"), 5)).isEqualTo(date("2024-02-20"));
        assertThat(administration.view(2024).sourceOf(date("2024-02-08")).number()).isEqualTo("5015/TB-LĐTBXH");
    }

    /** Công văn 2450/VPCP-KGVX: Monday 29/04/2024 off, Saturday 04/05/2024 worked. */
    @Test
    void the2024MayBreakSwapsMondayTheTwentyNinthWithSaturdayTheFourth() {
        assertWorking("2024-04-29", false);
        assertWorking("2024-05-04", true);
        assertThat(calendar.addWorkingDays(date("2024-04-26"), 1)).isEqualTo(date("2024-05-02"));
        assertThat(calendar.addWorkingDays(date("2024-05-03"), 1)).isEqualTo(date("2024-05-04"));
        assertThat(calendar.workingDaysBetween(date("2024-04-26"), date("2024-05-06"))).isEqualTo(4);
    }

    /**
     * Thông báo 6150/TB-BLĐTBXH: Tết Ất Tỵ from Saturday 25/01 to Sunday 02/02/2025, "05 ngày nghỉ
     * Tết Âm lịch và 04 ngày nghỉ hằng tuần" (27-31/01), with no swap: Saturday 08/02/2025 was not a
     * working day (it was one in China, whose 2025 calendar moved it).
     */
    @Test
    void tet2025RunsFromTheTwentyFifthOfJanuaryToTheSecondOfFebruary() {
        assertWorking("2025-01-24", true);
        assertWorking("2025-01-27", false);
        assertWorking("2025-01-31", false);
        assertWorking("2025-02-03", true);
        assertWorking("2025-02-08", false);
        // the rules alone gave 28/01-03/02 (no 30 tháng Chạp, mùng 4 on the Saturday made up on Monday)
        assertThat(calendar.addWorkingDays(date("2025-01-24"), 1)).isEqualTo(date("2025-02-03"));
        assertThat(calendar.addWorkingDays(date("2025-01-22"), 5)).isEqualTo(date("2025-02-05"));
    }

    /** The same notice: Friday 02/05/2025 off, Saturday 26/04/2025 worked. */
    @Test
    void the2025MayBreakSwapsFridayTheSecondWithSaturdayTheTwentySixthOfApril() {
        assertWorking("2025-04-26", true);
        assertWorking("2025-05-02", false);
        assertThat(calendar.addWorkingDays(date("2025-04-25"), 1)).isEqualTo(date("2025-04-26"));
        assertThat(calendar.addWorkingDays(date("2025-04-29"), 1)).isEqualTo(date("2025-05-05"));
        assertThat(administration.view(2025).sourceOf(date("2025-05-02")).number()).isEqualTo("6150/TB-BLĐTBXH");
    }

    /**
     * 2026: Tết Bính Ngọ 14-22/02 (Thông báo 9441/TB-BNV of the Ministry of Home Affairs), New Year
     * 01-04/01 with Friday 02/01 swapped for Saturday 10/01 (Công văn 12729/VPCP-KGVX), National Day
     * 29/08-02/09 with Monday 31/08 swapped for Saturday 22/08, and 24/11 (Nghị quyết 28/2026/QH16).
     */
    @Test
    void the2026CalendarFollowsTheMinistryOfHomeAffairs() {
        assertThat(calendar.addWorkingDays(date("2026-02-13"), 1)).isEqualTo(date("2026-02-23"));
        assertThat(calendar.addWorkingDays(date("2025-12-31"), 1)).isEqualTo(date("2026-01-05"));
        assertWorking("2026-01-10", true);
        assertWorking("2026-08-22", true);
        assertWorking("2026-08-31", false);
        assertThat(calendar.addWorkingDays(date("2026-08-28"), 1)).isEqualTo(date("2026-09-03"));
        assertWorking("2026-11-24", false);
        assertThat(calendar.addWorkingDays(date("2026-11-23"), 1)).isEqualTo(date("2026-11-25"));
        SourceDocument tet = administration.view(2026).sourceOf(date("2026-02-17"));
        assertThat(tet.number()).isEqualTo("9441/TB-BNV");
        assertThat(tet.issuer()).isEqualTo("Bộ Nội vụ");
        assertThat(tet.issuedOn()).isEqualTo(date("2025-10-16"));
    }

    /** Days the Labour Code proposal gets wrong in the earlier years, right in the official data. */
    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        "2020-01-23, false", "2020-01-30, true", "2020-09-01, true",
        "2021-02-10, false", "2021-02-17, true",
        "2023-01-20, false", "2023-01-27, true"
    })
    void earlierYearsFollowTheirNotices(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).as("%s is a working day", day).isEqualTo(working);
        assertThat(rules.propose(day.getYear())).extracting(CalendarDay::date)
                .as("the proposal differs on %s", day).matches(dates -> dates.contains(day) == working);
    }

    @Test
    void aDocumentWhoseNumberIsNotCheckedHasNone() {
        List<SourceDocument> sources2021 = administration.view(2021).sources();
        assertThat(sources2021).extracting(SourceDocument::kind, SourceDocument::number, SourceDocument::issuer)
                .contains(tuple("Thông báo", null, "Bộ Lao động - Thương binh và Xã hội"));
        assertThat(sources2021).filteredOn(source -> source.number() == null)
                .allSatisfy(source -> assertThat(source.note()).contains("chưa đối chiếu"));
    }

    private void assertWorking(String iso, boolean working) {
        assertThat(calendar.isWorkingDay(date(iso))).as("%s is a working day", iso).isEqualTo(working);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
