package vn.danvan.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Home Affairs reopens an accepted report, saying why (unit_report.last_comment, V14). */
record ReopenForm(
        @NotBlank(message = "{reporting.error.reasonRequired}") @Size(max = 4000) String comment,
        @NotNull Long version) {
}
