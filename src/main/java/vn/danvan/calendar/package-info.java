/**
 * Calendar (lịch): the Vietnamese lunar calendar computed for UTC+7, the holiday rules of the
 * Labour Code 2019 (art. 112), the calendar of each year as data (days off and make-up working
 * days: the official calendars of 2020-2026 as the Government set them, later years proposed from
 * the rules, then edited and confirmed by an admin), the documents that set each year, and the
 * working-day arithmetic every deadline uses. Other modules call
 * {@link vn.danvan.calendar.WorkingCalendar} and {@link vn.danvan.calendar.LunarCalendar}; it owns
 * the tables {@code calendar_year}, {@code calendar_day} and {@code calendar_source}, serves the
 * public API under {@code /api/v1/calendar} and the admin screens under {@code /admin/calendar},
 * and uses {@code audit} for every change.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package vn.danvan.calendar;
