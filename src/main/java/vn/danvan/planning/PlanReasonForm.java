package vn.danvan.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The head returns a plan or reopens an approved one, saying why (plan_step.note, V13), on the version shown. */
record PlanReasonForm(
        @NotBlank(message = "{planning.error.reasonRequired}") @Size(max = 2000) String note,
        @NotNull Long version) {
}
