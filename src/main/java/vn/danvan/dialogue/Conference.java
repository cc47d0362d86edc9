package vn.danvan.dialogue;

import java.time.LocalDateTime;

/** A conference or reception session as staff see it; the attendee list and askers are not part of it. */
public record Conference(long id, long hostUnitId, String hostUnitName, ConferenceKind kind, String chairName,
        LocalDateTime startsAt, String place, String topic, String audience, ConferenceStatus status,
        boolean shortNotice, Integer attendance, String postponedReason, String cancelledReason, long version) {
}
