package vn.danvan.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A follow-up note on a case (inspection_violation_note.note is varchar(2000), V19). */
record NoteForm(@NotBlank(message = "{inspection.error.noteRequired}") @Size(max = 2000) String note) {
}
