package vn.danvan.dialogue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Closing a commitment: the button pressed ({@code DONE} or {@code DROPPED}) and the reason, needed when
 * it is dropped (V15: dropped_reason 2000).
 */
record CloseCommitmentForm(
        @NotNull CommitmentStatus status,
        @Size(max = 2000) String reason) {
}
