package vn.danvan.friendly;

/** States of a self-assessment (bản tự đánh giá); the label is {@code friendly.status.<NAME>}. */
enum AssessmentStatus {
    DRAFT, SUBMITTED, RETURNED, REVIEWED;

    /** The unit may change its scores: a draft, or one Home Affairs returned. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** States from which an action may lead to {@code next}. */
    boolean allows(AssessmentStatus next) {
        return switch (next) {
            case DRAFT -> false;
            case SUBMITTED -> editable();
            case REVIEWED, RETURNED -> this == SUBMITTED;
        };
    }

    public String messageKey() {
        return "friendly.status." + name();
    }
}
