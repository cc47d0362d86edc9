package vn.danvan.calendar;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A year's calendar for the admin screens. {@code stored} is false for a year still served from
 * the rules; its {@code version} is then null. Methods the templates call are public, as SpEL
 * only calls public methods.
 */
record YearView(int year, boolean stored, YearStatus status, String confirmedBy, OffsetDateTime confirmedAt,
        Long version, List<CalendarDay> days) {

    static YearView stored(CalendarYear year, List<CalendarDay> days) {
        return new YearView(year.year(), true, year.status(), year.confirmedBy(), year.confirmedAt(), year.version(),
                days);
    }

    static YearView proposed(int year, List<CalendarDay> days) {
        return new YearView(year, false, YearStatus.PROPOSED, null, null, null, days);
    }

    public boolean confirmed() {
        return status == YearStatus.CONFIRMED;
    }

    public boolean hasPreviousYear() {
        return year > LunarCalendar.FIRST_YEAR;
    }

    public boolean hasNextYear() {
        return year < LunarCalendar.LAST_YEAR;
    }
}
