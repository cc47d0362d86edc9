package vn.danvan.dialogue;

/**
 * Where a conference stands. The allowed next states live here, not in controllers; the label is
 * the message {@code dialogue.status.<NAME>}.
 */
public enum ConferenceStatus {
    /** Đã lên lịch. */
    PLANNED,
    /** Đã hoãn: moved to a new date with a reason; may still be held, moved again or cancelled. */
    POSTPONED,
    /** Đã tổ chức: attendance, questions and commitments are recorded; final. */
    HELD,
    /** Đã hủy, with a reason; final. */
    CANCELLED;

    /** Whether an action may lead from this state to {@code next}. */
    public boolean allows(ConferenceStatus next) {
        return switch (next) {
            case PLANNED -> false;
            case POSTPONED, HELD, CANCELLED -> this == PLANNED || this == POSTPONED;
        };
    }

    /** Whether the conference still lies ahead (listed as upcoming on the portal). */
    public boolean upcoming() {
        return this == PLANNED || this == POSTPONED;
    }

    public String messageKey() {
        return "dialogue.status." + name();
    }
}
