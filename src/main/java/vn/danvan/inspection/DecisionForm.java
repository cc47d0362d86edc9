package vn.danvan.inspection;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The decision on an open case: its number (decision_number varchar(100)), date and measure, the follow-up
 * due date if any (dates dd/MM/yyyy), and the version the page showed.
 */
record DecisionForm(
        @NotBlank(message = "{inspection.error.decisionNumberRequired}") @Size(max = 100) String decisionNumber,
        @NotNull(message = "{inspection.error.dateRequired}") LocalDate decisionDate,
        @NotNull(message = "{inspection.error.measureRequired}") Measure measure,
        LocalDate followUpDue,
        @NotNull Long version) {
}
