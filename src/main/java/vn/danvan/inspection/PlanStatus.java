package vn.danvan.inspection;

/** An inspection plan is drafted, then approved (final). */
enum PlanStatus {
    DRAFT, APPROVED;

    /** Units, team and checklist change only in a draft. */
    public boolean editable() {
        return this == DRAFT;
    }

    /** States from which an action may lead to {@code next}. */
    boolean allows(PlanStatus next) {
        return next == APPROVED && this == DRAFT;
    }

    public String messageKey() {
        return "inspection.plan.status." + name();
    }
}
