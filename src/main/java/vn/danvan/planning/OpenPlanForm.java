package vn.danvan.planning;

import jakarta.validation.constraints.NotNull;

/** The overview's button that opens a unit's plan of the year: both values are hidden on the page. */
record OpenPlanForm(@NotNull Long unitId, @NotNull Integer year) {
}
