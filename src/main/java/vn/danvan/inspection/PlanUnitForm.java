package vn.danvan.inspection;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** A unit added to a draft plan, with the date it is to be inspected (dd/MM/yyyy). */
record PlanUnitForm(
        @NotNull(message = "{inspection.error.unitRequired}") Long unitId,
        @NotNull(message = "{inspection.error.dateRequired}") LocalDate plannedOn) {
}
