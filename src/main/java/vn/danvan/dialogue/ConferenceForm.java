package vn.danvan.dialogue;

/**
 * The scheduling form: the chair chosen among the people of the host unit and its parent unit
 * ({@code chairPersonId}), or typed ({@code chairName}) only when there is nobody to choose; the start
 * typed as a date (dd/MM/yyyy) and a time (HH:mm) in plain text fields.
 */
public record ConferenceForm(ConferenceKind kind, Long chairPersonId, String chairName, String startsDate,
        String startsTime, String place, String topic, String audience) {

    static ConferenceForm empty() {
        return new ConferenceForm(ConferenceKind.DIALOGUE, null, "", "", "", "", "", "");
    }
}
