package vn.danvan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One line of the year screen: the day, its weekday and lunar date, its name and kind, and the
 * document that set it (null when none is recorded).
 */
record DayRow(LocalDate date, DayOfWeek weekday, LunarDate lunar, String name, DayKind kind, SourceDocument source) {

    static DayRow of(CalendarDay day, SourceDocument source, LunarCalendar lunarCalendar) {
        return new DayRow(day.date(), day.date().getDayOfWeek(), lunarCalendar.toLunar(day.date()), day.name(),
                day.kind(), source);
    }
}
