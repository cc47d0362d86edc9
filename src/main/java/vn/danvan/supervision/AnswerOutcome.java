package vn.danvan.supervision;

/** How a unit answers a recommendation; the label is {@code supervision.outcome.<NAME>}. */
enum AnswerOutcome {
    /** Tiếp thu: what will be done and by when. */
    ACCEPTED,
    /** Giải trình: why not. */
    EXPLAINED;

    public String messageKey() {
        return "supervision.outcome." + name();
    }
}
