package vn.danvan.disclosure;

/**
 * Where a disclosure stands, worked out from its due date, the day it was made public and today (see
 * {@link DisclosureRules#state}); the label is {@code disclosure.state.<NAME>}, shown with its word, never by
 * colour alone.
 */
enum DisclosureState {
    /** Not yet made public, its due date not passed. */
    DUE("text-bg-secondary"),
    /** Not made public and its due date passed: not done, red. */
    OVERDUE("text-bg-danger"),
    /** Made public by its due date. */
    ON_TIME("text-bg-success"),
    /** Made public after its due date. */
    LATE("text-bg-warning");

    private final String badge;

    DisclosureState(String badge) {
        this.badge = badge;
    }

    public String messageKey() {
        return "disclosure.state." + name();
    }

    public String badge() {
        return badge;
    }

    public boolean disclosed() {
        return this == ON_TIME || this == LATE;
    }
}
