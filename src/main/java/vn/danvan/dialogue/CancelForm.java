package vn.danvan.dialogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Cancelling a conference: the reason (the column's 2000 characters) and the version the page showed. */
record CancelForm(
        @NotBlank(message = "{dialogue.error.cancelReasonRequired}")
        @Size(max = ConferenceRules.REASON_MAX, message = "{dialogue.error.reasonTooLong}") String cancelReason,
        @NotNull Long version) {
}
