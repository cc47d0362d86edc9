package vn.danvan.dossier;

/**
 * What an officer does with a dossier, and the state it leads to ({@code null}: the state stays, as for a
 * transfer). The button label is the message {@code dossier.action.<NAME>}.
 */
enum DossierAction {
    RECEIVE(DossierState.RECEIVED),
    START(DossierState.IN_PROGRESS),
    REQUEST_SUPPLEMENT(DossierState.SUPPLEMENT_REQUESTED),
    SUPPLEMENT_COMPLETE(DossierState.IN_PROGRESS),
    REFUSE(DossierState.REFUSED),
    TRANSFER(null),
    RESULT_READY(DossierState.RESULT_READY),
    RETURN(DossierState.RETURNED),
    /** The apology slip with a new date: the state stays. */
    APOLOGISE(null);

    private final DossierState to;

    DossierAction(DossierState to) {
        this.to = to;
    }

    /** The state after the action, {@code from} itself for a transfer. */
    DossierState after(DossierState from) {
        return to == null ? from : to;
    }

    public String messageKey() {
        return "dossier.action." + name();
    }
}
