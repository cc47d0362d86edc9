package vn.danvan.commendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.danvan.organisation.UnitKind;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * A commendation round (đợt khen thưởng) of a year. Each change of state is a method that checks the
 * current state and refuses with a message naming it; {@link Rounds} saves the result.
 */
final class Round {

    private final long id;
    private final int year;
    private final List<String> collectiveTitles;
    private final List<String> individualTitles;
    private final Set<UnitKind> unitKinds;
    private final int places;
    private RoundState state;
    private final String openedBy;
    private OffsetDateTime rankedAt;
    private LocalDate rankedTo;
    private OffsetDateTime submittedAt;
    private OffsetDateTime decidedAt;
    private String decidedBy;
    private String returnReason;
    private final long version;

    Round(long id, int year, List<String> collectiveTitles, List<String> individualTitles, Set<UnitKind> unitKinds,
            int places, RoundState state, String openedBy, OffsetDateTime rankedAt, LocalDate rankedTo,
            OffsetDateTime submittedAt, OffsetDateTime decidedAt, String decidedBy, String returnReason, long version) {
        this.id = id;
        this.year = year;
        this.collectiveTitles = collectiveTitles;
        this.individualTitles = individualTitles;
        this.unitKinds = unitKinds;
        this.places = places;
        this.state = state;
        this.openedBy = openedBy;
        this.rankedAt = rankedAt;
        this.rankedTo = rankedTo;
        this.submittedAt = submittedAt;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.returnReason = returnReason;
        this.version = version;
    }

    /** Ranks (or ranks again) the units from figures up to {@code to}, while Home Affairs prepares the round. */
    void rank(LocalDate to, OffsetDateTime at) {
        move(RoundState.RANKED, "commendation.error.state");
        rankedAt = at;
        rankedTo = to;
    }

    /** Home Affairs submits the ranked (or returned) round's list to the leaders; an empty list is refused. */
    void submit(int entryCount, OffsetDateTime at) {
        requireShortlisting();
        if (entryCount == 0) {
            throw new InvalidRequestException("commendation.error.emptyShortlist");
        }
        move(RoundState.SUBMITTED, "commendation.error.notRanked");
        submittedAt = at;
    }

    /** The leader sends the submitted round back to Home Affairs, saying why. */
    void returnForChanges(String reason) {
        requireAwaitingDecision();
        if (reason == null || reason.isBlank()) {
            throw InvalidRequestException.onField("reason", "commendation.error.reason");
        }
        move(RoundState.RETURNED, "commendation.error.state");
        returnReason = reason;
    }

    /** The leader decides the submitted round (each entry's decision is recorded with it); final. */
    void decide(String by, OffsetDateTime at) {
        move(RoundState.DECIDED, "commendation.error.state");
        decidedAt = at;
        decidedBy = by;
    }

    /** Home Affairs may still change the weights (and rank again); refused with the state's name otherwise. */
    void requirePreparation() {
        if (!state.inPreparation()) {
            throw refused("commendation.error.state");
        }
    }

    /** The round takes entries (ranked, or returned by the leader); refused with the state's name otherwise. */
    void requireShortlisting() {
        if (!state.shortlisting()) {
            throw refused("commendation.error.notRanked");
        }
    }

    /** The round waits for the leader's decision or return; refused with the state's name otherwise. */
    void requireAwaitingDecision() {
        if (!state.allows(RoundState.DECIDED)) {
            throw refused("commendation.error.state");
        }
    }

    private void move(RoundState next, String refusal) {
        if (!state.allows(next)) {
            throw refused(refusal);
        }
        state = next;
    }

    private InvalidRequestException refused(String messageKey) {
        return new InvalidRequestException(messageKey, new DefaultMessageSourceResolvable(state.messageKey()));
    }

    boolean ranked() {
        return rankedAt != null;
    }

    public long id() { return id; }
    public int year() { return year; }
    public List<String> collectiveTitles() { return collectiveTitles; }
    public List<String> individualTitles() { return individualTitles; }
    public Set<UnitKind> unitKinds() { return unitKinds; }
    public int places() { return places; }
    public RoundState state() { return state; }
    public String openedBy() { return openedBy; }
    public OffsetDateTime rankedAt() { return rankedAt; }
    public LocalDate rankedTo() { return rankedTo; }
    public OffsetDateTime submittedAt() { return submittedAt; }
    public OffsetDateTime decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
    public String returnReason() { return returnReason; }
    public long version() { return version; }
}
