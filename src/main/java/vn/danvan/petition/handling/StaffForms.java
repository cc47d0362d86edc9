package vn.danvan.petition.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The officers' action forms on a petition's page. A step's note is kept in petition_step.note
 * (2,000 characters); it reaches the petitioner and the public lookup only when {@code notePublic}
 * is ticked on the form, which says so. Answers are up to 10,000 characters (petition.answer).
 */
final class StaffForms {

    private StaffForms() {
    }

    /** Refuse, ask for information, send a draft back, reopen: a note and whether it is public. */
    record NoteForm(@NotBlank(message = "{petition.error.noteRequired}") @Size(max = Petition.STEP_NOTE_MAX) String note,
            Boolean notePublic) {

        static NoteForm empty() {
            return new NoteForm(null, false);
        }

        boolean isPublic() {
            return Boolean.TRUE.equals(notePublic);
        }
    }

    /** To another unit, with the reason. */
    record TransferForm(@NotNull(message = "{petition.error.choose}") Long unitId,
            @NotBlank(message = "{petition.error.noteRequired}") @Size(max = Petition.STEP_NOTE_MAX) String note,
            Boolean notePublic) {

        static TransferForm empty() {
            return new TransferForm(null, null, false);
        }
    }

    /** Home Affairs routes a petition whose unit the citizen did not know. */
    record RouteForm(@NotNull(message = "{petition.error.choose}") Long unitId) {
    }

    /** The head assigns an officer of the unit. */
    record AssignForm(@NotNull(message = "{petition.error.choose}") Long accountId) {
    }

    /** The officer's draft of the answer. */
    record DraftForm(@NotBlank(message = "{petition.error.noteRequired}") @Size(max = Petition.ANSWER_MAX) String note) {
    }

    /** The head approves the draft, publishing it (without personal data) or not. */
    record ApproveForm(Boolean publish, @Size(max = Petition.ANSWER_MAX) String note) {
    }
}
