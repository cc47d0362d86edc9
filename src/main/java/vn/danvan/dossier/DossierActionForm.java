package vn.danvan.dossier;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An action as sent from the dossier page: the action and the version shown (hidden, nobody types them: an
 * error there is a tampered or stale page), a note (what is missing, the reason of a refusal; required for
 * those two, see {@link Dossiers#check(DossierActionForm)}) and, for a transfer, the unit. The note's size is
 * the columns' (V25: missing_documents, refusal_reason and dossier_step.note are 2000).
 */
record DossierActionForm(
        @NotNull DossierAction action,
        @NotNull Long version,
        @Size(max = 2000) String note,
        Long toUnitId) {

    static DossierActionForm blank(long version) {
        return new DossierActionForm(null, version, null, null);
    }
}
