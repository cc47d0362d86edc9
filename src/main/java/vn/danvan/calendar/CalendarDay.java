package vn.danvan.calendar;

import java.time.LocalDate;

/**
 * One entry of a year's calendar: a day off or a make-up working day, with its Vietnamese name
 * (for example "Tết Nguyên đán (mùng 1)" or "Nghỉ bù Quốc khánh 2/9").
 */
record CalendarDay(LocalDate date, String name, DayKind kind) {

    public boolean isHoliday() {
        return kind == DayKind.HOLIDAY;
    }
}
