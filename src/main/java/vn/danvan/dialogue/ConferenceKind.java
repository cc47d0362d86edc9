package vn.danvan.dialogue;

/** What kind of meeting it is; the label is the message {@code dialogue.kind.<NAME>}. */
enum ConferenceKind {
    /** Hội nghị đối thoại với Nhân dân. */
    DIALOGUE,
    /** Buổi tiếp công dân. */
    RECEPTION;

    public String messageKey() {
        return "dialogue.kind." + name();
    }
}
