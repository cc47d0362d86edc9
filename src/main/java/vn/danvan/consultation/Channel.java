package vn.danvan.consultation;

/** How a household took part with its code; the label is the message {@code consultation.channel.<NAME>}. */
enum Channel {
    /** On the public portal. */
    PORTAL,
    /** A paper ballot carrying the code, entered by an officer. */
    PAPER;

    public String messageKey() {
        return "consultation.channel." + name();
    }
}
