package vn.danvan.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** One audit entry with its changed fields. */
public record AuditEntryView(long id, OffsetDateTime occurredAt, String actor, Long unitId, String entityType,
        String entityId, AuditAction action, String clientAddress, List<Change> changes) {

    /** A field's value before and after. */
    public record Change(String field, String before, String after) {
    }
}
