package vn.danvan.dialogue;

import java.time.OffsetDateTime;

/** A dated progress note on a commitment (tiến độ thực hiện); public, without who wrote it. */
record CommitmentNote(long id, long commitmentId, String note, OffsetDateTime writtenAt) {
}
