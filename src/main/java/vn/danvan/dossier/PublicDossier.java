package vn.danvan.dossier;

import java.time.LocalDate;

/**
 * What the portal shows of a dossier looked up by its code: the procedure, the unit, the state, the days of
 * receipt and appointment, whether it is late, the apology's new date, the citizen's rating. No applicant
 * data, no staff names, no notes.
 */
record PublicDossier(String code, String procedureName, String unitName, DossierState state,
        LocalDate receivedOn, LocalDate dueDate, boolean late, LocalDate apologyNewDate, Integer rating,
        LocalDate returnedOn) {

    public boolean apologised() {
        return apologyNewDate != null;
    }

    /** Returned and not rated yet: the citizen may rate once. */
    public boolean canRate() {
        return state == DossierState.RETURNED && rating == null;
    }
}
