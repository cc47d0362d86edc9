package vn.danvan.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The form that swaps a day off with a working day, as typed (dd/MM/yyyy), with the year's version. */
record SwapForm(
        @NotNull(message = "{calendar.error.dateRequired}") LocalDate dayOff,
        @NotNull(message = "{calendar.error.dateRequired}") LocalDate workingDay,
        Long version) {

    static SwapForm empty(Long version) {
        return new SwapForm(null, null, version);
    }
}
