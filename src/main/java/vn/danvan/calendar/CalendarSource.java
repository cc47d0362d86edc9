package vn.danvan.calendar;

import java.util.List;

/** Where the days off and make-up working days of a year come from. */
@FunctionalInterface
interface CalendarSource {

    /** The entries of a year, in date order. */
    List<CalendarDay> days(int year);
}
