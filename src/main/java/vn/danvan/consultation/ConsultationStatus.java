package vn.danvan.consultation;

/**
 * Where a consultation stands: DRAFT -> OPEN -> CLOSED -> PUBLISHED. The allowed next state lives
 * here; the label is the message {@code consultation.status.<NAME>}.
 */
enum ConsultationStatus {
    /** Dự thảo: editable, not on the portal. */
    DRAFT,
    /** Đang lấy ý kiến: households in scope snapshotted, codes issued, participation accepted. */
    OPEN,
    /** Đã kết thúc: no more participation; the tally is shown. */
    CLOSED,
    /** Đã công bố kết quả: the result and the authority's decision are public. */
    PUBLISHED;

    /** Only a draft may be changed. */
    public boolean editable() {
        return this == DRAFT;
    }

    /** States from which an action may lead to {@code next}. */
    boolean allows(ConsultationStatus next) {
        return switch (next) {
            case DRAFT -> false;
            case OPEN -> this == DRAFT;
            case CLOSED -> this == OPEN;
            case PUBLISHED -> this == CLOSED;
        };
    }

    /** Whether the consultation has ended, so that its tally may be shown to anyone. */
    public boolean ended() {
        return this == CLOSED || this == PUBLISHED;
    }

    public String messageKey() {
        return "consultation.status." + name();
    }
}
