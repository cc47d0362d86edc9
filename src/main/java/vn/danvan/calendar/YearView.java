package vn.danvan.calendar;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A year's calendar for the admin screens. {@code stored} is false for a year still served from
 * the rules; its {@code version} is then null.
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

    boolean confirmed() {
        return status == YearStatus.CONFIRMED;
    }
}
