package vn.danvan.inspection;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * A new inspection record: from an approved plan (or none, a surprise inspection), the unit inspected, the
 * date (dd/MM/yyyy), the team and its lead among the members.
 */
record InspectionForm(
        Long planId,
        @NotNull(message = "{inspection.error.unitRequired}") Long unitId,
        @NotNull(message = "{inspection.error.dateRequired}") LocalDate inspectedOn,
        @NotEmpty(message = "{inspection.error.teamRequired}") List<Long> memberIds,
        @NotNull(message = "{inspection.error.leadRequired}") Long leadId) {
}
