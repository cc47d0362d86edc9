package vn.danvan.friendly;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Home Affairs returns a submitted assessment to its unit: the reason (column of V23) and the version the
 * page showed.
 */
record ReturnForm(
        @NotBlank(message = "{friendly.error.reasonMissing}")
        @Size(max = 2000, message = "{friendly.error.commentTooLong}") String reason,
        @NotNull Long version) {
}
