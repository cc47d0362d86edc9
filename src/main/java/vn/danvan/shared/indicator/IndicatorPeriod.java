package vn.danvan.shared.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.danvan.shared.DanVanTime;

/**
 * The days {@code from}..{@code to}, both included, as the providers query them: instants from the
 * start of the first day to the start of the day after the last, in Asia/Ho_Chi_Minh, and the
 * cut-off for "late now" (today, or the day after the period once it is over).
 */
public record IndicatorPeriod(LocalDate from, LocalDate to) {

    /** The first instant of the period (inclusive). */
    public OffsetDateTime start() {
        return from.atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
    }

    /** The first instant after the period (exclusive). */
    public OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
    }

    /** Today in Asia/Ho_Chi_Minh. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE));
    }

    /**
     * The first day not yet "late" for a due date: today while the period runs, the day after the
     * period once it is over (what was due by its end and still open then counts as late).
     */
    public LocalDate cutoff(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return today.isAfter(to) ? to.plusDays(1) : today;
    }
}
