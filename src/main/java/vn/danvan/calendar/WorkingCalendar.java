package vn.danvan.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.danvan.shared.ShortLived;

/**
 * Working-day arithmetic (ngày làm việc) for every deadline in DanVan: Monday to Friday, minus the
 * days off of the year's calendar, plus its make-up working days. The calendar of a year is the one
 * stored (the official calendars of 2020-2026, or one an admin edited), else the one the holiday
 * rules propose.
 *
 * <p>Counting follows the Civil Code 2015, art. 147-148: the start day (the day of receipt) is not
 * counted, and a period always ends on a working day.
 *
 * <p>Each year's calendar is kept in memory for at most {@link #CACHE_LIFETIME}, so an edit made on
 * another node is seen within that time; an edit on this node is seen at once. Dates must lie in
 * the years {@value LunarCalendar#FIRST_YEAR}-{@value LunarCalendar#LAST_YEAR}, else
 * {@code calendar.error.outOfRange}.
 */
@Service
public class WorkingCalendar {

    static final Duration CACHE_LIFETIME = Duration.ofSeconds(30);

    private final ShortLived<Integer, CachedYear> years;

    WorkingCalendar(CalendarSource source, Clock clock) {
        this.years = new ShortLived<>(CACHE_LIFETIME, clock, year -> CachedYear.of(source.days(year)));
    }

    public boolean isWorkingDay(LocalDate date) {
        LunarCalendar.requireSupported(date);
        CalendarDay entry = year(date.getYear()).on(date);
        if (entry != null) {
            return entry.kind() == DayKind.MAKE_UP_WORKDAY;
        }
        return !HolidayRules.isWeekend(date);
    }

    /**
     * The day on which a period of working days ends. The start day is not counted: Friday plus 1
     * is Monday. A negative count goes back in time the same way (Monday minus 1 is Friday).
     * Zero gives {@code from} itself when it is a working day, else the next working day, so that
     * "due today" never lands on a day off.
     */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        LunarCalendar.requireSupported(from);
        if (workingDays == 0) {
            return firstWorkingDayFrom(from);
        }
        int step = workingDays > 0 ? 1 : -1;
        int remaining = Math.abs(workingDays);
        LocalDate day = from;
        while (remaining > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * The end of a period counted in calendar days (ngày), for example 30 days to settle a
     * complaint: {@code from} plus the days, moved to the next working day when it falls on a day
     * off (Civil Code 2015, art. 148).
     */
    public LocalDate addCalendarDays(LocalDate from, int days) {
        return firstWorkingDayFrom(from.plusDays(days));
    }

    /** The date itself when it is a working day, else the next working day. */
    public LocalDate firstWorkingDayFrom(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The signed number of working days from {@code from} to {@code to}, the start not counted:
     * positive when {@code to} is later ("3 working days left"), negative when it is earlier
     * ("2 working days overdue"), zero on the same day. For a working day {@code to},
     * {@code addWorkingDays(from, workingDaysBetween(from, to))} is {@code to}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        LunarCalendar.requireSupported(from);
        LunarCalendar.requireSupported(to);
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The days off and make-up working days of a year, stored or proposed, in date order. */
    public List<CalendarDay> daysOff(int year) {
        LunarCalendar.requireSupportedYear(year);
        return year(year).days();
    }

    /** Drops the cached calendar of a year after it was edited on this node. */
    void forget(int year) {
        years.forget(year);
    }

    private CachedYear year(int year) {
        return years.get(year);
    }

    private record CachedYear(List<CalendarDay> days, Map<LocalDate, CalendarDay> byDate) {

        static CachedYear of(List<CalendarDay> days) {
            return new CachedYear(List.copyOf(days),
                    days.stream().collect(Collectors.toUnmodifiableMap(CalendarDay::date, Function.identity())));
        }

        CalendarDay on(LocalDate date) {
            return byDate.get(date);
        }
    }
}
