package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.danvan.MovableClock;
import vn.danvan.shared.web.InvalidRequestException;

class WorkingCalendarTests {

    private final HolidayRules rules = new HolidayRules(new LunarCalendar());
    private final Map<Integer, List<CalendarDay>> edits = new HashMap<>();
    private final AtomicInteger loads = new AtomicInteger();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T02:00:00Z"));
    private final WorkingCalendar calendar = new WorkingCalendar(this::days, clock);

    /** The proposal of the rules plus the entries a test adds, as an admin would. */
    private List<CalendarDay> days(int year) {
        loads.incrementAndGet();
        List<CalendarDay> days = new ArrayList<>(rules.propose(year));
        days.addAll(edits.getOrDefault(year, List.of()));
        days.sort(Comparator.comparing(CalendarDay::date));
        return days;
    }

    @Test
    void fridayPlusOneWorkingDayIsMonday() {
        assertThat(calendar.addWorkingDays(date("2026-03-06"), 1)).isEqualTo(date("2026-03-09"));
    }

    @Test
    void theStartDayIsNotCounted() {
        assertThat(calendar.addWorkingDays(date("2026-03-02"), 1)).isEqualTo(date("2026-03-03"));
        assertThat(calendar.addWorkingDays(date("2026-03-02"), 5)).isEqualTo(date("2026-03-09"));
    }

    @Test
    void zeroWorkingDaysIsTheStartDayOrTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(date("2026-03-09"), 0)).isEqualTo(date("2026-03-09"));
        assertThat(calendar.addWorkingDays(date("2026-03-07"), 0)).isEqualTo(date("2026-03-09"));
        assertThat(calendar.addWorkingDays(date("2026-02-14"), 0)).isEqualTo(date("2026-02-23"));
    }

    @Test
    void aPeriodThatWouldEndInTetEndsOnTheFirstWorkingDayAfterIt() {
        // Tết 2026 is Monday 16/02 to Friday 20/02.
        assertThat(calendar.addWorkingDays(date("2026-02-13"), 1)).isEqualTo(date("2026-02-23"));
        assertThat(calendar.addWorkingDays(date("2026-02-12"), 2)).isEqualTo(date("2026-02-23"));
    }

    @Test
    void tenWorkingDaysSkipGioToAndTheMayHolidays() {
        // 26/04 Giỗ Tổ (Sunday) made up on 27/04; 30/04 and 01/05 off.
        assertThat(calendar.addWorkingDays(date("2026-04-20"), 10)).isEqualTo(date("2026-05-07"));
    }

    @Test
    void aMakeUpSaturdayCountsAsAWorkingDay() {
        edits.put(2026, List.of(new CalendarDay(date("2026-03-07"), "Làm bù", DayKind.MAKE_UP_WORKDAY)));
        assertThat(calendar.isWorkingDay(date("2026-03-07"))).isTrue();
        assertThat(calendar.addWorkingDays(date("2026-03-06"), 1)).isEqualTo(date("2026-03-07"));
        assertThat(calendar.workingDaysBetween(date("2026-03-06"), date("2026-03-09"))).isEqualTo(2);
    }

    @Test
    void workingDaysAreMondayToFridayExceptDaysOff() {
        assertThat(calendar.isWorkingDay(date("2026-03-09"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2026-03-07"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2026-03-08"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2026-02-17"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2026-04-27"))).isFalse();
    }

    @Test
    void negativeWorkingDaysCountBackwards() {
        assertThat(calendar.addWorkingDays(date("2026-03-09"), -1)).isEqualTo(date("2026-03-06"));
        assertThat(calendar.addWorkingDays(date("2026-02-23"), -1)).isEqualTo(date("2026-02-13"));
    }

    @Test
    void workingDaysBetweenIsSignedAndSkipsTheStartDay() {
        assertThat(calendar.workingDaysBetween(date("2026-03-09"), date("2026-03-12"))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(date("2026-03-12"), date("2026-03-09"))).isEqualTo(-3);
        assertThat(calendar.workingDaysBetween(date("2026-03-09"), date("2026-03-09"))).isZero();
        assertThat(calendar.workingDaysBetween(date("2026-02-13"), date("2026-02-23"))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(date("2026-03-06"), date("2026-03-08"))).isZero();
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDays() {
        LocalDate from = date("2025-12-15");
        for (int n = -40; n <= 60; n++) {
            LocalDate due = calendar.addWorkingDays(from, n);
            assertThat(calendar.workingDaysBetween(from, due)).as("%s %+d working days", from, n).isEqualTo(n);
        }
    }

    @Test
    void aPeriodInCalendarDaysEndingOnADayOffMovesToTheNextWorkingDay() {
        // 30 days from Saturday 17/01/2026 is Monday 16/02, the first day of Tết.
        assertThat(calendar.addCalendarDays(date("2026-01-17"), 30)).isEqualTo(date("2026-02-23"));
        assertThat(calendar.addCalendarDays(date("2026-03-02"), 10)).isEqualTo(date("2026-03-12"));
    }

    @Test
    void daysOffListsHolidaysAndMakeUpDaysInDateOrder() {
        edits.put(2026, List.of(new CalendarDay(date("2026-02-07"), "Làm bù", DayKind.MAKE_UP_WORKDAY)));
        List<CalendarDay> days = calendar.daysOff(2026);
        assertThat(days).extracting(CalendarDay::date).isSorted();
        // the twelve holidays the rules propose for 2026 (24/11 included) and the added make-up day
        assertThat(days).hasSize(14).contains(new CalendarDay(date("2026-02-07"), "Làm bù", DayKind.MAKE_UP_WORKDAY));
    }

    @Test
    void aYearIsLoadedOnceAndReloadedWhenItsCacheExpires() {
        calendar.isWorkingDay(date("2026-03-09"));
        calendar.addWorkingDays(date("2026-03-09"), 100);
        calendar.daysOff(2026);
        assertThat(loads).hasValue(1);

        clock.advance(WorkingCalendar.CACHE_LIFETIME.minusSeconds(1));
        calendar.isWorkingDay(date("2026-03-09"));
        assertThat(loads).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        calendar.isWorkingDay(date("2026-03-09"));
        assertThat(loads).hasValue(2);
    }

    @Test
    void anEditedYearIsSeenAtOnceAfterItIsForgotten() {
        assertThat(calendar.isWorkingDay(date("2026-03-10"))).isTrue();
        edits.put(2026, List.of(new CalendarDay(date("2026-03-10"), "Nghỉ", DayKind.HOLIDAY)));
        calendar.forget(2026);
        assertThat(calendar.isWorkingDay(date("2026-03-10"))).isFalse();
    }

    @Test
    void refusesDatesOutsideTheSupportedYears() {
        assertThatThrownBy(() -> calendar.isWorkingDay(date("2200-01-01")))
                .isInstanceOf(InvalidRequestException.class).hasMessage("calendar.error.outOfRange");
        assertThatThrownBy(() -> calendar.addWorkingDays(date("2199-12-30"), 5))
                .isInstanceOf(InvalidRequestException.class).hasMessage("calendar.error.outOfRange");
        assertThatThrownBy(() -> calendar.workingDaysBetween(date("1899-12-31"), date("1900-01-02")))
                .isInstanceOf(InvalidRequestException.class).hasMessage("calendar.error.outOfRange");
        assertThatThrownBy(() -> calendar.daysOff(1899))
                .isInstanceOf(InvalidRequestException.class).hasMessage("calendar.error.outOfRange");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
