package vn.danvan.inspection;

/** An inspection plan is drafted, then approved (final). */
public enum PlanStatus {
    DRAFT, APPROVED;

    public String messageKey() {
        return "inspection.plan.status." + name();
    }
}
