package vn.danvan.jobs;

import java.time.OffsetDateTime;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;

/**
 * A job with its life: one method per move, each refused (naming the state) when {@link LongWorkState} does
 * not allow it. The repository saves a move only where the version and the state are still those read, so
 * that of two nodes acting on one job, one wins.
 */
final class LongWorkJob {

    private final long id;
    private final String kind;
    private final long ownerAccountId;
    private final long version;
    private final LongWorkState was;
    private LongWorkState state;
    private int attempts;
    private OffsetDateTime startedAt;
    private OffsetDateTime finishedAt;
    private String errorKey;

    LongWorkJob(long id, String kind, long ownerAccountId, LongWorkState state, int attempts, long version) {
        this.id = id;
        this.kind = kind;
        this.ownerAccountId = ownerAccountId;
        this.state = state;
        this.was = state;
        this.attempts = attempts;
        this.version = version;
    }

    /** A node starts the job, or starts it again from the beginning when the node that ran it died. */
    void start(OffsetDateTime now) {
        move(LongWorkState.RUNNING);
        attempts++;
        startedAt = now;
    }

    /** The file or the report is ready. */
    void finish(OffsetDateTime now) {
        move(LongWorkState.DONE);
        finishedAt = now;
    }

    /** The work could not be done; {@code errorKey} says why, in the owner's language. */
    void fail(String errorKey, OffsetDateTime now) {
        move(LongWorkState.FAILED);
        this.errorKey = errorKey;
        finishedAt = now;
    }

    private void move(LongWorkState next) {
        if (!state.allows(next)) {
            throw new InvalidRequestException("jobs.error.transition", new DefaultMessageSourceResolvable(state.messageKey()));
        }
        state = next;
    }

    long id() {
        return id;
    }

    String kind() {
        return kind;
    }

    long ownerAccountId() {
        return ownerAccountId;
    }

    long version() {
        return version;
    }

    LongWorkState was() {
        return was;
    }

    LongWorkState state() {
        return state;
    }

    int attempts() {
        return attempts;
    }

    OffsetDateTime startedAt() {
        return startedAt;
    }

    OffsetDateTime finishedAt() {
        return finishedAt;
    }

    String errorKey() {
        return errorKey;
    }
}
