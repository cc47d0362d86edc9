package vn.danvan.petition.handling;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a petition stands (trạng thái). The allowed next states live here, not in controllers; the
 * label is the message {@code petition.status.<NAME>}.
 */
public enum PetitionStatus {
    /** Đã tiếp nhận: received, not yet examined. */
    RECEIVED,
    /** Đã thụ lý: accepted for handling by the unit. */
    ACCEPTED,
    /** Đã phân công: an officer is in charge. */
    ASSIGNED,
    /** Đang xử lý. */
    IN_PROGRESS,
    /** Chờ bổ sung thông tin từ người gửi. */
    INFO_REQUESTED,
    /** Đã dự thảo trả lời, chờ người đứng đầu duyệt. */
    ANSWER_DRAFTED,
    /** Đã trả lời (công khai hoặc gửi riêng). */
    ANSWERED,
    /** Đã đóng. */
    CLOSED,
    /** Không thụ lý (có lý do). */
    REFUSED,
    /** Đã gộp vào một phản ánh khác. */
    MERGED;

    public boolean open() {
        return this != ANSWERED && this != CLOSED && this != REFUSED && this != MERGED;
    }

    /** States from which an action may lead to {@code next}. */
    boolean allows(PetitionStatus next) {
        return switch (next) {
            case ACCEPTED -> this == RECEIVED;
            case REFUSED -> this == RECEIVED || this == ACCEPTED;
            case ASSIGNED -> in(ACCEPTED, ASSIGNED, IN_PROGRESS, INFO_REQUESTED);
            case IN_PROGRESS -> in(ASSIGNED, INFO_REQUESTED, ANSWER_DRAFTED, ANSWERED, CLOSED);
            case INFO_REQUESTED -> in(ACCEPTED, ASSIGNED, IN_PROGRESS);
            case ANSWER_DRAFTED -> in(ACCEPTED, ASSIGNED, IN_PROGRESS, INFO_REQUESTED, ANSWER_DRAFTED);
            case ANSWERED -> this == ANSWER_DRAFTED;
            case CLOSED -> in(ANSWERED, REFUSED);
            case MERGED -> open();
            case RECEIVED -> open();
        };
    }

    private boolean in(PetitionStatus... states) {
        return Set.of(states).contains(this);
    }

    public String messageKey() {
        return "petition.status." + name();
    }

    /** The statuses that count as "open" in filters and figures. */
    public static Set<PetitionStatus> openStatuses() {
        EnumSet<PetitionStatus> open = EnumSet.noneOf(PetitionStatus.class);
        for (PetitionStatus s : values()) {
            if (s.open()) {
                open.add(s);
            }
        }
        return open;
    }
}
