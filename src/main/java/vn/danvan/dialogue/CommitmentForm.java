package vn.danvan.dialogue;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A commitment made at a held conference: what, which unit carries it out, by when (V15: content 2000). */
record CommitmentForm(
        @NotBlank(message = "{dialogue.error.commitmentRequired}") @Size(max = 2000) String content,
        @NotNull(message = "{dialogue.error.ownerRequired}") Long ownerUnitId,
        @NotNull(message = "{dialogue.error.dueDateRequired}") LocalDate dueDate) {
}
