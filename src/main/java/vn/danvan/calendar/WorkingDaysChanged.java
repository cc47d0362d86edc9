package vn.danvan.calendar;

import java.time.LocalDate;

/**
 * An admin made days between {@code first} and {@code last} (both included) a working day or a day off, so a count
 * of working days across them ({@link WorkingCalendar#workingDaysBetween}) may differ from one made before. Published
 * with the change; a module that keeps such counts works them out again.
 */
public record WorkingDaysChanged(LocalDate first, LocalDate last) {
}
