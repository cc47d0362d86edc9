package vn.danvan.dialogue;

/** The scheduling form: start as typed by a datetime-local input (yyyy-MM-ddTHH:mm). */
public record ConferenceForm(ConferenceKind kind, String chairName, String startsAt, String place, String topic,
        String audience) {

    static ConferenceForm empty() {
        return new ConferenceForm(ConferenceKind.DIALOGUE, "", "", "", "", "");
    }
}
