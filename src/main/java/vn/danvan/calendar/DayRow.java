package vn.danvan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** One line of the year screen: the day, its weekday and lunar date, its name and kind. */
record DayRow(LocalDate date, DayOfWeek weekday, LunarDate lunar, String name, DayKind kind) {

    static DayRow of(CalendarDay day, LunarCalendar lunarCalendar) {
        return new DayRow(day.date(), day.date().getDayOfWeek(), lunarCalendar.toLunar(day.date()), day.name(),
                day.kind());
    }
}
