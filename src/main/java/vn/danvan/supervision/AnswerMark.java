package vn.danvan.supervision;

/** The Front's mark of a sent answer (đạt, chưa đạt); the label is {@code supervision.mark.<NAME>}. */
enum AnswerMark {
    SATISFACTORY, UNSATISFACTORY;

    public String messageKey() {
        return "supervision.mark." + name();
    }
}
