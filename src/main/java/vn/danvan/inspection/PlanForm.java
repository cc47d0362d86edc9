package vn.danvan.inspection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new inspection plan: its year and scope (inspection_plan.scope is varchar(4000), V19). */
record PlanForm(
        @NotNull(message = "{inspection.error.year}") @Min(value = 2000, message = "{inspection.error.year}")
        @Max(value = 2100, message = "{inspection.error.year}") Integer year,
        @NotBlank(message = "{inspection.error.scopeRequired}") @Size(max = 4000) String scope) {
}
