package vn.danvan.inspection;

/** A checklist item's mark: đạt, không đạt, không áp dụng. */
enum CheckResult {
    PASS, FAIL, NOT_APPLICABLE;

    public String messageKey() {
        return "inspection.check." + name();
    }
}
