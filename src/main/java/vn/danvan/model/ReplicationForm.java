package vn.danvan.model;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A unit that took a recognised model up: the unit, the day (dd/MM/yyyy) and what came of it (column of V21). */
record ReplicationForm(
        @NotNull(message = "{model.error.unitRequired}") Long unitId,
        @NotNull(message = "{model.error.dateRequired}") LocalDate takenUpOn,
        @NotBlank(message = "{model.error.outcomeRequired}") @Size(max = 4000) String outcome) {
}
