package vn.danvan.friendly;

import java.time.OffsetDateTime;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;

/**
 * A unit's self-assessment of a year as it changes: scored while a draft (or returned), submitted by the
 * unit's head, then reviewed or returned by Home Affairs. Each change checks the state and refuses with a
 * message naming it; {@link AssessmentRepository} loads and saves it. Screens read {@link AssessmentView}.
 */
class Assessment {

    private final Long id;
    private final long unitId;
    private final int year;
    private final long version;
    private AssessmentStatus status;
    private String returnReason;
    private OffsetDateTime submittedAt;
    private String submittedBy;
    private OffsetDateTime reviewedAt;
    private String reviewedBy;

    Assessment(Long id, long unitId, int year, AssessmentStatus status, String returnReason,
            OffsetDateTime submittedAt, String submittedBy, OffsetDateTime reviewedAt, String reviewedBy, long version) {
        this.id = id;
        this.unitId = unitId;
        this.year = year;
        this.status = status;
        this.returnReason = returnReason;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.reviewedAt = reviewedAt;
        this.reviewedBy = reviewedBy;
        this.version = version;
    }

    /** The unit's assessment of the year not started yet: a draft, saved on first save. */
    static Assessment draft(long unitId, int year) {
        return new Assessment(null, unitId, year, AssessmentStatus.DRAFT, null, null, null, null, null, 0);
    }

    /** The unit may change its scores: a draft, or one Home Affairs returned. */
    void requireEditable() {
        if (!status.editable()) {
            throw refused("friendly.error.notEditable");
        }
    }

    /** The unit's head sends the scored assessment to Home Affairs; the reason of an earlier return goes. */
    void submit(String by, OffsetDateTime at) {
        move(AssessmentStatus.SUBMITTED, "friendly.error.notEditable");
        submittedAt = at;
        submittedBy = by;
        returnReason = null;
    }

    /** Home Affairs acts only on a submitted assessment. */
    void requireSubmitted() {
        if (status != AssessmentStatus.SUBMITTED) {
            throw refused("friendly.error.notSubmitted");
        }
    }

    /** Home Affairs accepts the submitted assessment (its decision on each score is recorded with it); final. */
    void review(String by, OffsetDateTime at) {
        move(AssessmentStatus.REVIEWED, "friendly.error.notSubmitted");
        reviewedAt = at;
        reviewedBy = by;
        returnReason = null;
    }

    /** Home Affairs returns the submitted assessment to its unit, saying why; it becomes editable again. */
    void returnToUnit(String reason, String by) {
        requireSubmitted();
        if (reason == null || reason.isBlank()) {
            throw InvalidRequestException.onField("reason", "friendly.error.reasonMissing");
        }
        move(AssessmentStatus.RETURNED, "friendly.error.notSubmitted");
        returnReason = reason;
        reviewedAt = null;
        reviewedBy = by;
    }

    private void move(AssessmentStatus next, String refusal) {
        if (!status.allows(next)) {
            throw refused(refusal);
        }
        status = next;
    }

    private InvalidRequestException refused(String messageKey) {
        return new InvalidRequestException(messageKey, new DefaultMessageSourceResolvable(status.messageKey()));
    }

    Long id() { return id; }
    long unitId() { return unitId; }
    int year() { return year; }
    AssessmentStatus status() { return status; }
    String returnReason() { return returnReason; }
    OffsetDateTime submittedAt() { return submittedAt; }
    String submittedBy() { return submittedBy; }
    OffsetDateTime reviewedAt() { return reviewedAt; }
    String reviewedBy() { return reviewedBy; }
    long version() { return version; }
}
