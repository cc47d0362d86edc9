package vn.danvan.reporting;

import java.util.Set;

/**
 * Where a unit's report stands (trạng thái báo cáo). The allowed next states live here; the label
 * is the message {@code reporting.state.<NAME>}.
 */
enum ReportState {
    /** Chưa bắt đầu: created when the period opened. */
    NOT_STARTED,
    /** Đang soạn. */
    DRAFT,
    /** Người đứng đầu đã ký duyệt, chưa gửi. */
    SIGNED_OFF,
    /** Đã gửi Phòng Nội vụ. */
    SUBMITTED,
    /** Phòng Nội vụ trả lại để chỉnh sửa. */
    RETURNED,
    /** Phòng Nội vụ đã tiếp nhận: khóa. */
    ACCEPTED;

    /** States from which an action may lead to {@code next}. */
    boolean allows(ReportState next) {
        return switch (next) {
            case NOT_STARTED -> false;
            case DRAFT -> in(NOT_STARTED, DRAFT, RETURNED, SIGNED_OFF);
            case SIGNED_OFF -> this == DRAFT;
            case SUBMITTED -> this == SIGNED_OFF;
            case RETURNED -> in(SUBMITTED, ACCEPTED);
            case ACCEPTED -> this == SUBMITTED;
        };
    }

    /** The unit may write in the report. */
    public boolean editable() {
        return in(NOT_STARTED, DRAFT, RETURNED, SIGNED_OFF);
    }

    /** Sent to Home Affairs and not sent back: what completeness counts. */
    public boolean submitted() {
        return this == SUBMITTED || this == ACCEPTED;
    }

    private boolean in(ReportState... states) {
        return Set.of(states).contains(this);
    }

    public String messageKey() {
        return "reporting.state." + name();
    }
}
