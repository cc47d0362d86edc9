package vn.danvan.commendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The leader sends the round back to Home Affairs: the reason (column of V24) and the version the page showed. */
record ReturnForm(
        @NotBlank(message = "{commendation.error.reason}") @Size(max = 2000) String reason,
        @NotNull Long version) {
}
