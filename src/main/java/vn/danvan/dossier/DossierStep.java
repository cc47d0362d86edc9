package vn.danvan.dossier;

import java.time.OffsetDateTime;

/** One step of a dossier's history: who did what, when, the states, for a transfer the units, and a note. */
record DossierStep(OffsetDateTime actedAt, String actedBy, DossierAction action, DossierState fromState,
        DossierState toState, String fromUnitName, String toUnitName, String note) {
}
