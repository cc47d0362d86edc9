package vn.danvan.dialogue;

import java.time.LocalDate;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;

/**
 * A commitment made at a conference; {@code overdue} is worked out against today when read. It is
 * closed once, as done or dropped with a reason: each is a method that refuses with the state's name
 * when the commitment is no longer open. Views read it through its accessors.
 */
final class Commitment {

    private final long id;
    private final long conferenceId;
    private final String content;
    private final long ownerUnitId;
    private final String ownerUnitName;
    private final LocalDate dueDate;
    private CommitmentStatus status;
    private String droppedReason;
    private LocalDate doneOn;
    private final boolean overdue;

    Commitment(long id, long conferenceId, String content, long ownerUnitId, String ownerUnitName, LocalDate dueDate,
            CommitmentStatus status, String droppedReason, LocalDate doneOn, boolean overdue) {
        this.id = id;
        this.conferenceId = conferenceId;
        this.content = content;
        this.ownerUnitId = ownerUnitId;
        this.ownerUnitName = ownerUnitName;
        this.dueDate = dueDate;
        this.status = status;
        this.droppedReason = droppedReason;
        this.doneOn = doneOn;
        this.overdue = overdue;
    }

    /** Closes the commitment the way the button pressed says: done, or dropped with a reason. */
    void close(CommitmentStatus next, String reason, LocalDate today) {
        switch (next) {
            case DONE -> done(today);
            case DROPPED -> drop(reason);
            case OPEN -> move(next);
        }
    }

    /** The commitment was carried out, on {@code today}. */
    void done(LocalDate today) {
        move(CommitmentStatus.DONE);
        doneOn = today;
    }

    /** The commitment will not be carried out, saying why. */
    void drop(String reason) {
        refuseUnlessAllowed(CommitmentStatus.DROPPED);
        if (reason == null || reason.isBlank()) {
            throw InvalidRequestException.onField("reason", "dialogue.error.reasonRequired");
        }
        move(CommitmentStatus.DROPPED);
        droppedReason = reason;
    }

    private void move(CommitmentStatus next) {
        refuseUnlessAllowed(next);
        status = next;
    }

    private void refuseUnlessAllowed(CommitmentStatus next) {
        if (!status.allows(next)) {
            throw new InvalidRequestException("dialogue.error.commitmentTransition",
                    new DefaultMessageSourceResolvable(status.messageKey()));
        }
    }

    public long id() { return id; }
    public long conferenceId() { return conferenceId; }
    public String content() { return content; }
    public long ownerUnitId() { return ownerUnitId; }
    public String ownerUnitName() { return ownerUnitName; }
    public LocalDate dueDate() { return dueDate; }
    public CommitmentStatus status() { return status; }
    public String droppedReason() { return droppedReason; }
    LocalDate doneOn() { return doneOn; }
    public boolean overdue() { return overdue; }
}
