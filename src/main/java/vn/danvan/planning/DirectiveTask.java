package vn.danvan.planning;

/**
 * The task of Directive 02/CT-UBND a plan item serves (nhiệm vụ theo Chỉ thị): clause 1 a) to g)
 * and clause 2. The label is the message {@code planning.task.<NAME>}, the directive's own short
 * wording.
 */
enum DirectiveTask {
    T1A("1a"), T1B("1b"), T1C("1c"), T1D("1d"), T1DD("1đ"), T1E("1e"), T1G("1g"), T2("2");

    private final String clause;

    DirectiveTask(String clause) {
        this.clause = clause;
    }

    /** The clause as the directive numbers it: "1a", "1đ", "2". */
    public String clause() {
        return clause;
    }

    public String messageKey() {
        return "planning.task." + name();
    }
}
