package vn.danvan.consultation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The authority's decision that publishes the result: its text, number and date (V18: decision_text 8000,
 * decision_number 100), and the version of the consultation the page showed.
 */
record PublishForm(
        @NotBlank(message = "{consultation.error.decisionRequired}")
        @Size(max = 8000, message = "{consultation.error.decisionTooLong}") String decisionText,
        @Size(max = 100, message = "{consultation.error.decisionNumberTooLong}") String decisionNumber,
        LocalDate decisionDate,
        @NotNull Long version) {

    static PublishForm of(long version) {
        return new PublishForm(null, null, null, version);
    }
}
