package vn.danvan.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form that adds a day off or a make-up working day to a year, as typed: the date dd/MM/yyyy,
 * its name (column {@code calendar_day.name}, V4), its kind, and the version of the year the page
 * showed (none for a year not stored yet).
 */
record DayForm(
        @NotNull(message = "{calendar.error.dateRequired}") LocalDate date,
        @NotBlank(message = "{calendar.error.nameRequired}")
        @Size(max = 200, message = "{calendar.error.nameTooLong}") String name,
        @NotNull(message = "{calendar.error.kindRequired}") DayKind kind,
        Long version) {

    static DayForm empty(Long version) {
        return new DayForm(null, null, DayKind.HOLIDAY, version);
    }
}
