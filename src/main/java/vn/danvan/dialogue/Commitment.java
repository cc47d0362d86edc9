package vn.danvan.dialogue;

import java.time.LocalDate;

/** A commitment made at a conference; {@code overdue} is worked out against today when read. */
public record Commitment(long id, long conferenceId, String content, long ownerUnitId, String ownerUnitName,
        LocalDate dueDate, CommitmentStatus status, String droppedReason, boolean overdue) {
}
