package vn.danvan.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * When units that have not submitted are reminded (đôn đốc): {@value #FIRST_DAYS_BEFORE} days and
 * 1 day before the deadline, on the day, then every {@value #EVERY_WORKING_DAYS} working days after.
 */
record ReminderSchedule(LocalDate deadline, BiFunction<LocalDate, Integer, LocalDate> addWorkingDays) {

    static final int FIRST_DAYS_BEFORE = 7;
    static final int EVERY_WORKING_DAYS = 3;

    /** The reminder days up to {@code until}, in order. */
    List<LocalDate> datesUntil(LocalDate until) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d : List.of(deadline.minusDays(FIRST_DAYS_BEFORE), deadline.minusDays(1), deadline)) {
            if (!d.isAfter(until)) {
                dates.add(d);
            }
        }
        LocalDate next = addWorkingDays.apply(deadline, EVERY_WORKING_DAYS);
        while (!next.isAfter(until)) {
            dates.add(next);
            next = addWorkingDays.apply(next, EVERY_WORKING_DAYS);
        }
        return dates;
    }

    /**
     * The reminder due on {@code today}: the last scheduled day up to today, so that a day the task
     * did not run is caught up once, not once per missed day.
     */
    Optional<LocalDate> dueOn(LocalDate today) {
        List<LocalDate> dates = datesUntil(today);
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1));
    }
}
