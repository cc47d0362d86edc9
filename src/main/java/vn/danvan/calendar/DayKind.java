package vn.danvan.calendar;

/** What an entry of a year's calendar does to the working week. */
enum DayKind {
    /** A day off (ngày nghỉ lễ, tết, nghỉ bù): not a working day even on a weekday. */
    HOLIDAY,
    /** A make-up working day (ngày làm bù): a Saturday or Sunday worked in exchange for a day off. */
    MAKE_UP_WORKDAY
}
