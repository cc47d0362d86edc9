package vn.danvan.disclosure;

/**
 * How often an item falls due: each year, each quarter (its basis day the first day of the year or quarter), or on
 * each event (a decision, a plan, a result: its basis day the day the document was issued). The label is
 * {@code disclosure.cadence.<NAME>}.
 */
enum Cadence {
    YEARLY, QUARTERLY, PER_EVENT;

    public String messageKey() {
        return "disclosure.cadence." + name();
    }
}
