package vn.danvan.dialogue;

import java.time.LocalDateTime;

/**
 * A conference or reception session as staff see it; the attendee list and askers are not part of it.
 * {@code chairName} is the chair as recorded, "name, title"; {@code secretaryName} who took the minutes.
 */
public record Conference(long id, long hostUnitId, String hostUnitName, ConferenceKind kind, String chairName,
        LocalDateTime startsAt, String place, String topic, String audience, ConferenceStatus status,
        boolean shortNotice, Integer attendance, String postponedReason, String cancelledReason,
        String secretaryName, long version) {

    /** The chair's full name alone, as it signs the minutes ("Trần Văn Bình" of "Trần Văn Bình, Chủ tịch ..."). */
    public String chairFullName() {
        if (chairName == null) {
            return null;
        }
        int comma = chairName.indexOf(',');
        return (comma < 0 ? chairName : chairName.substring(0, comma)).strip();
    }
}
