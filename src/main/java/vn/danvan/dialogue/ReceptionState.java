package vn.danvan.dialogue;

/**
 * How a week of a commune's citizen-reception schedule stands; the label is the message
 * {@code dialogue.reception.state.<NAME>}, the look the CSS class {@code dv-reception-<name>}.
 */
enum ReceptionState {
    /** At least one reception session was held in the week. */
    HELD,
    /** Nothing held yet, but a session is planned (or postponed to a day) in the week, which has not ended. */
    SCHEDULED,
    /** The week has ended without a session held, and it had a working day: the rule was not kept. */
    MISSED,
    /** The current or a future week, with nothing held or planned yet. */
    OPEN,
    /** The week has no working day (Tết, for instance): no reception is due, nothing is missed. */
    NO_WORKING_DAY;

    public String messageKey() {
        return "dialogue.reception.state." + name();
    }

    public String cssClass() {
        return "dv-reception-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
