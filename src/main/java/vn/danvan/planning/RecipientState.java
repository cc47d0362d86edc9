package vn.danvan.planning;

import java.time.LocalDate;

/**
 * Where a receiving unit stands with a distributed document, as of a day: not yet acknowledged (late once the day to
 * acknowledge has passed), acknowledged and not yet disseminated (late once the day to disseminate has passed), or
 * disseminated. The label is {@code distribution.state.<NAME>}, shown with its word, never by colour alone.
 */
enum RecipientState {
    UNREAD("text-bg-secondary"),
    UNREAD_LATE("text-bg-danger"),
    ACKNOWLEDGED("text-bg-info"),
    DISSEMINATION_LATE("text-bg-danger"),
    DISSEMINATED("text-bg-success");

    private final String badge;

    RecipientState(String badge) {
        this.badge = badge;
    }

    static RecipientState of(LocalDate acknowledgedOn, LocalDate disseminatedOn, LocalDate acknowledgeBy,
            LocalDate disseminateBy, LocalDate today) {
        if (disseminatedOn != null) {
            return DISSEMINATED;
        }
        if (acknowledgedOn == null) {
            return today.isAfter(acknowledgeBy) ? UNREAD_LATE : UNREAD;
        }
        return today.isAfter(disseminateBy) ? DISSEMINATION_LATE : ACKNOWLEDGED;
    }

    public boolean late() {
        return this == UNREAD_LATE || this == DISSEMINATION_LATE;
    }

    public String messageKey() {
        return "distribution.state." + name();
    }

    public String badge() {
        return badge;
    }
}
