package vn.danvan.reporting;

import java.time.OffsetDateTime;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;

/**
 * One unit's report for a period (báo cáo của đơn vị). Each step checks the current state and says
 * in the message which state refused it; the repository records the step in the history.
 */
final class UnitReport {

    private final long id;
    private final long periodId;
    private final long unitId;
    private ReportState state;
    private SelfRating selfRating;
    private OffsetDateTime submittedAt;
    private Boolean onTime;
    private String lastComment;
    private final long version;

    UnitReport(long id, long periodId, long unitId, ReportState state, SelfRating selfRating,
            OffsetDateTime submittedAt, Boolean onTime, String lastComment, long version) {
        this.id = id;
        this.periodId = periodId;
        this.unitId = unitId;
        this.state = state;
        this.selfRating = selfRating;
        this.submittedAt = submittedAt;
        this.onTime = onTime;
        this.lastComment = lastComment;
        this.version = version;
    }

    /** The unit starts writing, or writes again after a return or a sign-off (which it then loses). */
    void edit(SelfRating rating) {
        requireEditable();
        move(ReportState.DRAFT);
        this.selfRating = rating;
    }

    void start() {
        requireEditable();
        move(ReportState.DRAFT);
    }

    /** The head signs off a draft: the self-rating must have been proposed. */
    void signOff() {
        if (selfRating == null) {
            throw InvalidRequestException.onField("selfRating", "reporting.error.ratingMissing");
        }
        move(ReportState.SIGNED_OFF);
    }

    /** Sent to Home Affairs; the first submission decides on time or late. */
    void submit(OffsetDateTime at, Deadline deadline) {
        move(ReportState.SUBMITTED);
        if (submittedAt == null) {
            submittedAt = at;
            onTime = deadline.onTime(at);
        }
    }

    void returnForCorrection(String comment) {
        if (state != ReportState.SUBMITTED) {
            throw stateRefuses();
        }
        requireText(comment, "comment", "reporting.error.commentRequired");
        move(ReportState.RETURNED);
        lastComment = comment;
    }

    void accept() {
        move(ReportState.ACCEPTED);
    }

    /** An accepted report is open again only with a reason (audited, in the history). */
    void reopen(String reason) {
        if (state != ReportState.ACCEPTED) {
            throw stateRefuses();
        }
        requireText(reason, "comment", "reporting.error.reasonRequired");
        move(ReportState.RETURNED);
        lastComment = reason;
    }

    private void requireEditable() {
        if (state == ReportState.ACCEPTED) {
            throw new InvalidRequestException("reporting.error.locked");
        }
        if (!state.editable()) {
            throw stateRefuses();
        }
    }

    private void move(ReportState next) {
        if (!state.allows(next)) {
            throw stateRefuses();
        }
        state = next;
    }

    private InvalidRequestException stateRefuses() {
        return new InvalidRequestException("reporting.error.state",
                new DefaultMessageSourceResolvable(state.messageKey()));
    }

    private static void requireText(String text, String field, String key) {
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.onField(field, key);
        }
    }

    public long id() {
        return id;
    }

    public long periodId() {
        return periodId;
    }

    public long unitId() {
        return unitId;
    }

    public ReportState state() {
        return state;
    }

    public SelfRating selfRating() {
        return selfRating;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public Boolean onTime() {
        return onTime;
    }

    public String lastComment() {
        return lastComment;
    }

    public long version() {
        return version;
    }
}
