package vn.danvan.reporting;

/** The unit's proposed rating of its own year (tự đánh giá, xếp loại); the label is {@code reporting.rating.<NAME>}. */
enum SelfRating {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT,
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD,
    /** Hoàn thành nhiệm vụ. */
    DONE,
    /** Không hoàn thành nhiệm vụ. */
    NOT_DONE;

    public String messageKey() {
        return "reporting.rating." + name();
    }
}
