package vn.danvan.dossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a dossier: received, being handled, waiting for more documents, result ready, returned to
 * the applicant, or refused. A transfer keeps the state and changes the unit. The label is the message
 * {@code dossier.state.<NAME>}.
 */
enum DossierState {
    RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED, RESULT_READY, RETURNED, REFUSED;

    /** Whether the dossier is not finished yet: being handled or waiting for the applicant's documents. */
    public boolean open() {
        return this == RECEIVED || this == IN_PROGRESS || this == SUPPLEMENT_REQUESTED;
    }

    /**
     * Whether the unit's clock runs: received or in progress. A dossier waiting for the applicant's documents
     * is not late (its full time limit restarts when complete); a finished one is not late either.
     */
    public boolean clockRuns() {
        return this == RECEIVED || this == IN_PROGRESS;
    }

    /** The actions that may be taken in this state: the whole table of allowed moves. */
    Set<DossierAction> actions() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(DossierAction.START, DossierAction.REQUEST_SUPPLEMENT, DossierAction.REFUSE,
                    DossierAction.TRANSFER);
            case IN_PROGRESS -> EnumSet.of(DossierAction.RESULT_READY, DossierAction.REQUEST_SUPPLEMENT,
                    DossierAction.REFUSE, DossierAction.TRANSFER);
            case SUPPLEMENT_REQUESTED -> EnumSet.of(DossierAction.SUPPLEMENT_COMPLETE, DossierAction.REFUSE);
            case RESULT_READY -> EnumSet.of(DossierAction.RETURN);
            case RETURNED, REFUSED -> EnumSet.noneOf(DossierAction.class);
        };
    }

    /** Whether {@code action} may be taken in this state (receiving is how a dossier starts, never a move). */
    boolean allows(DossierAction action) {
        return action != null && actions().contains(action);
    }

    public String messageKey() {
        return "dossier.state." + name();
    }
}
