package vn.danvan.supervision;

/** The Front's mark of a sent answer (đạt, chưa đạt); the label is {@code supervision.mark.<NAME>}. */
public enum AnswerMark {
    SATISFACTORY, UNSATISFACTORY;

    public String messageKey() {
        return "supervision.mark." + name();
    }
}
