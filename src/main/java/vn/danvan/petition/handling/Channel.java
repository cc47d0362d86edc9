package vn.danvan.petition.handling;

/** How a petition reached the unit (kênh tiếp nhận); label {@code petition.channel.<NAME>}. */
public enum Channel {
    WEB, COUNTER, PHONE, LETTER, DIALOGUE, TRANSFER, IMPORT, OPEN311;

    public String messageKey() {
        return "petition.channel." + name();
    }
}
