package vn.danvan.calendar;

import jakarta.validation.constraints.NotBlank;

/** The form that swaps a day off with a working day, as typed. */
record SwapForm(
        @NotBlank(message = "{calendar.error.dateRequired}") String dayOff,
        @NotBlank(message = "{calendar.error.dateRequired}") String workingDay,
        Long version) {

    static SwapForm empty(Long version) {
        return new SwapForm(null, null, version);
    }
}
