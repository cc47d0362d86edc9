package vn.danvan.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * A dossier (hồ sơ một cửa) as its handling changes it. Each action is a method that checks the current
 * state and refuses with a message naming it, and records a step of the history; {@link DossierRepository}
 * saves the state and appends the steps, checking the version and the state it was loaded in. The
 * screens read {@link Dossier}.
 */
class DossierHandling {

    private final long id;
    private final int timeLimit;
    private final long version;
    /** The state as loaded: the save's concurrency check. */
    private final DossierState loadedState;
    private long unitId;
    private DossierState state;
    private LocalDate dueDate;
    private String missingDocuments;
    private String refusalReason;
    private OffsetDateTime returnedAt;
    private LocalDate apologyNewDate;
    private String apologyReason;
    private OffsetDateTime apologyIssuedAt;
    private String apologyIssuedByName;
    private final List<Step> recorded = new ArrayList<>();

    /** A step of the history as recorded by an action; the units only for a transfer. */
    record Step(DossierAction action, DossierState from, DossierState to, Long fromUnitId, Long toUnitId,
            String note) {
    }

    DossierHandling(long id, long unitId, int timeLimit, DossierState state, LocalDate dueDate,
            String missingDocuments, String refusalReason, OffsetDateTime returnedAt, LocalDate apologyNewDate,
            String apologyReason, OffsetDateTime apologyIssuedAt, String apologyIssuedByName, long version) {
        this.id = id;
        this.unitId = unitId;
        this.timeLimit = timeLimit;
        this.state = state;
        this.loadedState = state;
        this.dueDate = dueDate;
        this.missingDocuments = missingDocuments;
        this.refusalReason = refusalReason;
        this.returnedAt = returnedAt;
        this.apologyNewDate = apologyNewDate;
        this.apologyReason = apologyReason;
        this.apologyIssuedAt = apologyIssuedAt;
        this.apologyIssuedByName = apologyIssuedByName;
        this.version = version;
    }

    /** Refuses (400) an action the dossier's state does not offer: the page was stale or tampered with. */
    static void requireAllowed(DossierState state, DossierAction action) {
        if (!state.allows(action)) {
            throw new InvalidRequestException("dossier.error.actionNotAllowed",
                    new DefaultMessageSourceResolvable(state.messageKey()));
        }
    }

    void start(String note) {
        move(DossierAction.START, note);
    }

    /** The applicant is asked for documents; the clock stops until they are complete. */
    void requestSupplement(String missing) {
        move(DossierAction.REQUEST_SUPPLEMENT, typed(DossierAction.REQUEST_SUPPLEMENT, missing,
                "dossier.error.missingDocumentsRequired"));
        missingDocuments = missing;
    }

    /** The documents are complete: the full time limit runs again, to the new appointment date. */
    void supplementComplete(LocalDate newDueDate, String note) {
        move(DossierAction.SUPPLEMENT_COMPLETE, note);
        dueDate = newDueDate;
    }

    void refuse(String reason) {
        move(DossierAction.REFUSE, typed(DossierAction.REFUSE, reason, "dossier.error.refusalReasonRequired"));
        refusalReason = reason;
    }

    /** To another unit, which handles it from the same state. */
    void transfer(long toUnitId, String note) {
        requireAllowed(state, DossierAction.TRANSFER);
        if (toUnitId == unitId) {
            throw InvalidRequestException.onField("toUnitId", "dossier.error.transferSameUnit");
        }
        recorded.add(new Step(DossierAction.TRANSFER, state, state, unitId, toUnitId, note));
        unitId = toUnitId;
    }

    void resultReady(String note) {
        move(DossierAction.RESULT_READY, note);
    }

    /** The result is handed to the applicant at {@code at}. */
    void returnResult(OffsetDateTime at, String note) {
        move(DossierAction.RETURN, note);
        returnedAt = at;
    }

    /**
     * The apology slip, once, with a new date and a reason; the state stays. Whether it is due (about to be
     * late by the rule in force) is the service's to check with the calendar.
     */
    void apologise(LocalDate newDate, String reason, String byName, OffsetDateTime at) {
        if (apologised()) {
            throw new InvalidRequestException("dossier.error.apologyOnce",
                    apologyIssuedAt.atZoneSameInstant(DanVanTime.ZONE).format(DanVanTime.DATE));
        }
        apologyNewDate = newDate;
        apologyReason = reason;
        apologyIssuedAt = at;
        apologyIssuedByName = byName;
        recorded.add(new Step(DossierAction.APOLOGISE, state, state, null, null,
                reason + " (" + newDate.format(DanVanTime.DATE) + ")"));
    }

    boolean apologised() {
        return apologyIssuedAt != null;
    }

    /** The text an action needs (what is missing, why refused), once the state allows the action. */
    private String typed(DossierAction action, String text, String missingKey) {
        requireAllowed(state, action);
        if (TypedText.isBlank(text)) {
            throw InvalidRequestException.onField("note", missingKey);
        }
        return text;
    }

    private void move(DossierAction action, String note) {
        requireAllowed(state, action);
        DossierState next = action.after(state);
        recorded.add(new Step(action, state, next, null, null, note));
        state = next;
    }

    List<Step> recordedSteps() {
        return List.copyOf(recorded);
    }

    long id() { return id; }
    long unitId() { return unitId; }
    int timeLimit() { return timeLimit; }
    DossierState state() { return state; }
    DossierState loadedState() { return loadedState; }
    LocalDate dueDate() { return dueDate; }
    String missingDocuments() { return missingDocuments; }
    String refusalReason() { return refusalReason; }
    OffsetDateTime returnedAt() { return returnedAt; }
    LocalDate apologyNewDate() { return apologyNewDate; }
    String apologyReason() { return apologyReason; }
    OffsetDateTime apologyIssuedAt() { return apologyIssuedAt; }
    String apologyIssuedByName() { return apologyIssuedByName; }
    long version() { return version; }
}
