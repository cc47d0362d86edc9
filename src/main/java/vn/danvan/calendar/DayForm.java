package vn.danvan.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The form that adds a day off or a make-up working day to a year, as typed. */
record DayForm(
        @NotBlank(message = "{calendar.error.dateRequired}") String date,
        @NotBlank(message = "{calendar.error.nameRequired}")
        @Size(max = 200, message = "{calendar.error.nameTooLong}") String name,
        @NotNull(message = "{calendar.error.kindRequired}") DayKind kind,
        Long version) {

    static DayForm empty(Long version) {
        return new DayForm(null, null, DayKind.HOLIDAY, version);
    }
}
