package vn.danvan.dialogue;

import java.time.LocalDate;

/** Where a commitment made at a conference stands; the label is {@code dialogue.commitment.status.<NAME>}. */
enum CommitmentStatus {
    /** Đang thực hiện. */
    OPEN,
    /** Đã thực hiện. */
    DONE,
    /** Không thực hiện, with a reason. */
    DROPPED;

    /** Only an open commitment may be closed, either way. */
    public boolean allows(CommitmentStatus next) {
        return this == OPEN && next != OPEN;
    }

    /** An open commitment is overdue from the day after its due date. */
    public boolean overdue(LocalDate dueDate, LocalDate today) {
        return this == OPEN && today.isAfter(dueDate);
    }

    public String messageKey() {
        return "dialogue.commitment.status." + name();
    }
}
