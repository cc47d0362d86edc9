package vn.danvan.dialogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A dated progress note on a commitment (V15: note 2000). */
record NoteForm(
        @NotBlank(message = "{dialogue.error.noteRequired}")
        @Size(max = Commitments.NOTE_MAX, message = "{dialogue.error.noteTooLong}") String note) {
}
