package vn.danvan.supervision;

/** What the Front files; the label is the message {@code supervision.kind.<NAME>}. */
enum RequestKind {
    /** Kế hoạch giám sát. */
    PLAN,
    /** Kết luận, kiến nghị sau giám sát. */
    CONCLUSION,
    /** Phản biện xã hội đối với dự thảo chính sách. */
    CRITICISM;

    public String messageKey() {
        return "supervision.kind." + name();
    }
}
