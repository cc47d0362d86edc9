package vn.danvan.consultation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;

/**
 * A consultation of residents (lấy ý kiến nhân dân) as staff and the portal see it; nothing in it tells
 * how any household voted. Each change of state is a method that checks the current state and refuses
 * with a message naming it; {@link ConsultationRepository} saves the result, checking the version and
 * the state it was loaded in.
 */
class Consultation {

    private final long id;
    private final long unitId;
    private final String unitName;
    private final long version;
    /** The state as loaded: the save's concurrency check. */
    private final ConsultationStatus loadedStatus;
    private String title;
    private String description;
    private ConsultationKind kind;
    private boolean wholeUnit;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private boolean liveTally;
    private ConsultationStatus status;
    private Integer householdsInScope;
    private String decisionText;
    private String decisionNumber;
    private LocalDate decisionDate;
    private OffsetDateTime publishedAt;
    private OffsetDateTime openedAt;
    private OffsetDateTime closedAt;

    public Consultation(long id, long unitId, String unitName, String title, String description,
            ConsultationKind kind, boolean wholeUnit, LocalDate opensOn, LocalDate closesOn, boolean liveTally,
            ConsultationStatus status, Integer householdsInScope, String decisionText, String decisionNumber,
            LocalDate decisionDate, OffsetDateTime publishedAt, long version) {
        this.id = id;
        this.unitId = unitId;
        this.unitName = unitName;
        this.title = title;
        this.description = description;
        this.kind = kind;
        this.wholeUnit = wholeUnit;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.liveTally = liveTally;
        this.status = status;
        this.loadedStatus = status;
        this.householdsInScope = householdsInScope;
        this.decisionText = decisionText;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.publishedAt = publishedAt;
        this.version = version;
    }

    /** Restores when it was opened and closed, when loaded from the database. */
    Consultation withTimes(OffsetDateTime openedAt, OffsetDateTime closedAt) {
        this.openedAt = openedAt;
        this.closedAt = closedAt;
        return this;
    }

    /** Changes a draft; once opened, nothing of it changes but its state. */
    void edit(String title, String description, ConsultationKind kind, boolean wholeUnit, LocalDate opensOn,
            LocalDate closesOn, boolean liveTally) {
        if (!status.editable()) {
            throw new InvalidRequestException("consultation.error.notDraft",
                    new DefaultMessageSourceResolvable(status.messageKey()));
        }
        this.title = title;
        this.description = description;
        this.kind = kind;
        this.wholeUnit = wholeUnit;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.liveTally = liveTally;
    }

    /**
     * Opens a draft to the {@code households} in scope: not on an opening day already past, and not to
     * nobody.
     */
    void open(LocalDate today, long households, OffsetDateTime at) {
        requireAllowed(ConsultationStatus.OPEN);
        InvalidRequestException.throwIfAny(ConsultationRules.checkOpening(this, today, households));
        status = ConsultationStatus.OPEN;
        householdsInScope = Math.toIntExact(households);
        openedAt = at;
    }

    /** Ends the participation; the tally may be shown. */
    void close(OffsetDateTime at) {
        requireAllowed(ConsultationStatus.CLOSED);
        status = ConsultationStatus.CLOSED;
        closedAt = at;
    }

    /** Publishes the result with the authority's decision. */
    void publish(String decisionText, String decisionNumber, LocalDate decisionDate, OffsetDateTime at) {
        requireAllowed(ConsultationStatus.PUBLISHED);
        if (decisionText == null || decisionText.isBlank()) {
            throw InvalidRequestException.onField("decisionText", "consultation.error.decisionRequired");
        }
        status = ConsultationStatus.PUBLISHED;
        this.decisionText = decisionText;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        publishedAt = at;
    }

    /** Households take part (by code or at a meeting) only while it is open, between its dates. */
    void requireAcceptsParticipation(LocalDate today) {
        if (status != ConsultationStatus.OPEN || today.isBefore(opensOn) || today.isAfter(closesOn)) {
            throw new InvalidRequestException("consultation.error.notOpen");
        }
    }

    /** Documents are added until the consultation has ended. */
    void requireDocumentsAccepted() {
        if (status.ended()) {
            throw new InvalidRequestException("consultation.error.transition",
                    new DefaultMessageSourceResolvable(status.messageKey()));
        }
    }

    private void requireAllowed(ConsultationStatus next) {
        if (!status.allows(next)) {
            throw new InvalidRequestException("consultation.error.transition",
                    new DefaultMessageSourceResolvable(status.messageKey()));
        }
    }

    /** Option counts may be shown: after the close, or all along when the unit chose a live tally. */
    public boolean tallyVisible() {
        return status.ended() || liveTally && status == ConsultationStatus.OPEN;
    }

    public boolean decide() {
        return kind == ConsultationKind.DECIDE;
    }

    public long id() { return id; }
    public long unitId() { return unitId; }
    public String unitName() { return unitName; }
    public String title() { return title; }
    public String description() { return description; }
    public ConsultationKind kind() { return kind; }
    public boolean wholeUnit() { return wholeUnit; }
    public LocalDate opensOn() { return opensOn; }
    public LocalDate closesOn() { return closesOn; }
    public boolean liveTally() { return liveTally; }
    public ConsultationStatus status() { return status; }
    public Integer householdsInScope() { return householdsInScope; }
    public String decisionText() { return decisionText; }
    public String decisionNumber() { return decisionNumber; }
    public LocalDate decisionDate() { return decisionDate; }
    public OffsetDateTime publishedAt() { return publishedAt; }
    OffsetDateTime openedAt() { return openedAt; }
    OffsetDateTime closedAt() { return closedAt; }
    public long version() { return version; }
    ConsultationStatus loadedStatus() { return loadedStatus; }
}
