package vn.danvan.disclosure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The unit and year whose periodic contents are to be added to the register. */
record PeriodicForm(
        @NotNull(message = "{error.parameter.invalid}") Long unitId,
        @NotNull(message = "{disclosure.error.yearRange}") @Min(value = 2000, message = "{disclosure.error.yearRange}")
        @Max(value = 2100, message = "{disclosure.error.yearRange}") Integer year) {
}
