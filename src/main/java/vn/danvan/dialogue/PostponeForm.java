package vn.danvan.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Postponing a conference: the new date (dd/MM/yyyy) and time (HH:mm, 8:30 read too; see
 * {@link ConferenceForm}), the reason (the column's 2000 characters) and the version the page showed.
 */
record PostponeForm(
        @NotNull(message = "{dialogue.error.startsAtRequired}") LocalDate postponeDate,
        @NotNull(message = "{dialogue.error.timeRequired}")
        @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "H:mm") LocalTime postponeTime,
        @NotBlank(message = "{dialogue.error.postponeReasonRequired}")
        @Size(max = ConferenceRules.REASON_MAX, message = "{dialogue.error.reasonTooLong}") String postponeReason,
        @NotNull Long version) {
}
