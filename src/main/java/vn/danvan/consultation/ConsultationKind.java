package vn.danvan.consultation;

/** What residents are asked to do; the label is the message {@code consultation.kind.<NAME>}. */
enum ConsultationKind {
    /** Nhân dân bàn và quyết định: household representatives vote on the options. */
    DECIDE,
    /** Nhân dân tham gia ý kiến trước khi cơ quan có thẩm quyền quyết định: residents comment. */
    COMMENT;

    public String messageKey() {
        return "consultation.kind." + name();
    }
}
