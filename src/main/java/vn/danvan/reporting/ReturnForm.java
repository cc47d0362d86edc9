package vn.danvan.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Home Affairs returns a submitted report with its comment (unit_report.last_comment, V14). */
record ReturnForm(
        @NotBlank(message = "{reporting.error.commentRequired}") @Size(max = 4000) String comment,
        @NotNull Long version) {
}
