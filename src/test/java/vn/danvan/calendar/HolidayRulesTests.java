package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.danvan.shared.web.InvalidRequestException;

class HolidayRulesTests {

    private final HolidayRules rules = new HolidayRules(new LunarCalendar());

    @Test
    void proposes2026FromTheLabourCode() {
        // Lunar year Ất Tỵ ends on Monday 16/02/2026 (29 tháng Chạp); Giỗ Tổ is Sunday 26/04.
        assertThat(rules.propose(2026)).extracting(CalendarDay::date, CalendarDay::name).containsExactly(
                tuple(date("2026-01-01"), "Tết Dương lịch"),
                tuple(date("2026-02-16"), "Tết Nguyên đán (29 tháng Chạp)"),
                tuple(date("2026-02-17"), "Tết Nguyên đán (mùng 1 tháng Giêng)"),
                tuple(date("2026-02-18"), "Tết Nguyên đán (mùng 2 tháng Giêng)"),
                tuple(date("2026-02-19"), "Tết Nguyên đán (mùng 3 tháng Giêng)"),
                tuple(date("2026-02-20"), "Tết Nguyên đán (mùng 4 tháng Giêng)"),
                tuple(date("2026-04-26"), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
                tuple(date("2026-04-27"), "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
                tuple(date("2026-04-30"), "Ngày Chiến thắng 30/4"),
                tuple(date("2026-05-01"), "Ngày Quốc tế Lao động 1/5"),
                tuple(date("2026-09-01"), "Quốc khánh 2/9 (ngày nghỉ liền kề)"),
                tuple(date("2026-09-02"), "Quốc khánh 2/9"),
                tuple(date("2026-11-24"), "Ngày Văn hóa Việt Nam (24/11)"));
        assertThat(rules.propose(2026)).extracting(CalendarDay::kind).containsOnly(DayKind.HOLIDAY);
    }

    /**
     * The rules alone, before the Government decides: the official 2024 calendar (Thông báo
     * 5015/TB-LĐTBXH, shipped as data) started the break a day earlier, 08-14/02.
     */
    @Test
    void tetDaysOnAWeekendAreMadeUpAfterTheBreak() {
        // Tết Giáp Thìn: 30 tháng Chạp is Friday 09/02/2024, mùng 1 and 2 fall on the weekend.
        assertThat(daysBetween(rules.propose(2024), "2024-02-01", "2024-02-29")).containsExactly(
                tuple(date("2024-02-09"), "Tết Nguyên đán (30 tháng Chạp)"),
                tuple(date("2024-02-10"), "Tết Nguyên đán (mùng 1 tháng Giêng)"),
                tuple(date("2024-02-11"), "Tết Nguyên đán (mùng 2 tháng Giêng)"),
                tuple(date("2024-02-12"), "Tết Nguyên đán (mùng 3 tháng Giêng)"),
                tuple(date("2024-02-13"), "Tết Nguyên đán (mùng 4 tháng Giêng)"),
                tuple(date("2024-02-14"), "Nghỉ bù Tết Nguyên đán (mùng 1 tháng Giêng)"),
                tuple(date("2024-02-15"), "Nghỉ bù Tết Nguyên đán (mùng 2 tháng Giêng)"));
    }

    @Test
    void aHolidayOnSundayIsMadeUpOnMonday() {
        assertThat(daysBetween(rules.propose(2023), "2023-01-01", "2023-01-03")).containsExactly(
                tuple(date("2023-01-01"), "Tết Dương lịch"),
                tuple(date("2023-01-02"), "Nghỉ bù Tết Dương lịch"));
    }

    @Test
    void compensationSkipsDaysThatAreAlreadyOff() {
        // 2023: Giỗ Tổ on Saturday 29/04, 30/4 on Sunday, 1/5 on Monday: made up on Tuesday and Wednesday.
        assertThat(daysBetween(rules.propose(2023), "2023-04-01", "2023-05-31")).containsExactly(
                tuple(date("2023-04-29"), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
                tuple(date("2023-04-30"), "Ngày Chiến thắng 30/4"),
                tuple(date("2023-05-01"), "Ngày Quốc tế Lao động 1/5"),
                tuple(date("2023-05-02"), "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
                tuple(date("2023-05-03"), "Nghỉ bù Ngày Chiến thắng 30/4"));
    }

    /** The adjacent day joins the break to a weekend; these are the days the Government chose. */
    @ParameterizedTest(name = "2/9/{0} is taken with {1}")
    @CsvSource({
        "2021, 2021-09-03",
        "2022, 2022-09-01",
        "2023, 2023-09-01",
        "2024, 2024-09-03",
        "2025, 2025-09-01",
        "2026, 2026-09-01",
        "2029, 2029-09-03"
    })
    void nationalDayTakesTheAdjacentDayThatJoinsAWeekend(int year, LocalDate adjacent) {
        assertThat(rules.propose(year)).contains(
                new CalendarDay(adjacent, "Quốc khánh 2/9 (ngày nghỉ liền kề)", DayKind.HOLIDAY),
                new CalendarDay(LocalDate.of(year, 9, 2), "Quốc khánh 2/9", DayKind.HOLIDAY));
    }

    @Test
    void nationalDayOnSaturdayIsMadeUpOnMonday() {
        assertThat(daysBetween(rules.propose(2023), "2023-09-01", "2023-09-30")).containsExactly(
                tuple(date("2023-09-01"), "Quốc khánh 2/9 (ngày nghỉ liền kề)"),
                tuple(date("2023-09-02"), "Quốc khánh 2/9"),
                tuple(date("2023-09-04"), "Nghỉ bù Quốc khánh 2/9"));
    }

    @Test
    void nationalDayOnSundayIsMadeUpAfterTheAdjacentDay() {
        // 2/9/2029 is a Sunday: 3/9 is the adjacent day, the nghỉ bù of 2/9 is Tuesday 4/9.
        assertThat(daysBetween(rules.propose(2029), "2029-09-01", "2029-09-30")).containsExactly(
                tuple(date("2029-09-02"), "Quốc khánh 2/9"),
                tuple(date("2029-09-03"), "Quốc khánh 2/9 (ngày nghỉ liền kề)"),
                tuple(date("2029-09-04"), "Nghỉ bù Quốc khánh 2/9"));
    }

    /** Nghị quyết 28/2026/QH16: 24/11 from 2026, not made up when it falls on a weekend. */
    @ParameterizedTest(name = "24/11/{0}")
    @CsvSource({"2025, false", "2026, true", "2029, true", "2030, true"})
    void vietnameseCultureDayIsOffFrom2026WithoutAMakeUpDay(int year, boolean off) {
        LocalDate cultureDay = LocalDate.of(year, 11, 24);
        assertThat(rules.propose(year)).extracting(CalendarDay::date).as("24/11/%s", year)
                .matches(dates -> dates.contains(cultureDay) == off);
        // 24/11/2029 is a Saturday: nothing in the week after it
        assertThat(rules.propose(year)).filteredOn(day -> day.date().isAfter(cultureDay)).isEmpty();
    }

    @Test
    void everyYearGivesElevenWeekdaysOffAndTwelveFrom2026WhenTheCultureDayIsAWeekday() {
        // 1/1, five days of Tết, Giỗ Tổ, 30/4, 1/5 and two for 2/9: each on a weekday or made up on one;
        // from 2026 also 24/11 when it falls on a weekday.
        for (int y = LunarCalendar.FIRST_YEAR; y <= LunarCalendar.LAST_YEAR; y++) {
            int year = y;
            List<CalendarDay> days = rules.propose(year);
            boolean cultureDayOnAWeekday = year >= 2026 && !HolidayRules.isWeekend(LocalDate.of(year, 11, 24));
            assertThat(days).as("weekdays off in %s", year)
                    .filteredOn(day -> !HolidayRules.isWeekend(day.date())).hasSize(cultureDayOnAWeekday ? 12 : 11);
            assertThat(days).as("days of %s", year).allMatch(day -> day.date().getYear() == year);
            assertThat(days).extracting(CalendarDay::date).as("order of %s", year).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void refusesYearsOutsideTheLunarCalendar() {
        assertThatThrownBy(() -> rules.propose(1899))
                .isInstanceOf(InvalidRequestException.class).hasMessage("calendar.error.outOfRange");
        assertThatThrownBy(() -> rules.propose(2200))
                .isInstanceOf(InvalidRequestException.class).hasMessage("calendar.error.outOfRange");
    }

    private static List<Tuple> daysBetween(List<CalendarDay> days, String from, String to) {
        return days.stream()
                .filter(day -> !day.date().isBefore(date(from)) && !day.date().isAfter(date(to)))
                .map(day -> tuple(day.date(), day.name()))
                .toList();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
