package vn.danvan.planning;

/**
 * Where an annual plan stands (trạng thái kế hoạch). The allowed next states live here, not in
 * controllers; the label is the message {@code planning.status.<NAME>}.
 */
enum PlanStatus {
    /** Dự thảo: officers write the items. */
    DRAFT,
    /** Đã trình: waits for the unit head. */
    SUBMITTED,
    /** Đã phê duyệt: numbered; only progress and evidence change. */
    APPROVED,
    /** Trả lại: the head asked for changes, with a reason. */
    RETURNED;

    /** Whether officers may add, change or remove items. */
    public boolean itemsEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** States from which an action may lead to {@code next}. */
    boolean allows(PlanStatus next) {
        return switch (next) {
            case SUBMITTED -> this == DRAFT || this == RETURNED;
            case APPROVED, RETURNED -> this == SUBMITTED;
            case DRAFT -> this == APPROVED;
        };
    }

    public String messageKey() {
        return "planning.status." + name();
    }
}
