package vn.danvan.inspection;

/**
 * A violation case: open, then decided with a disciplinary measure (followed up until done) or closed
 * with no measure; DONE and CLOSED_NO_MEASURE are final.
 */
enum ViolationStatus {
    OPEN, DECIDED, DONE, CLOSED_NO_MEASURE;

    public boolean allows(ViolationStatus next) {
        return switch (this) {
            case OPEN -> next == DECIDED || next == CLOSED_NO_MEASURE;
            case DECIDED -> next == DONE;
            case DONE, CLOSED_NO_MEASURE -> false;
        };
    }

    /** The state a decision with the measure leads to: a measure to carry out, or no measure at all. */
    public static ViolationStatus afterDecision(Measure measure) {
        return measure == Measure.NONE ? CLOSED_NO_MEASURE : DECIDED;
    }

    /** Decided, done or closed: the case was dealt with (the "handled" figure). */
    public boolean handled() {
        return this != OPEN;
    }

    public boolean open() {
        return this == OPEN || this == DECIDED;
    }

    public String messageKey() {
        return "inspection.violation.status." + name();
    }
}
