package vn.danvan.model;

import java.time.OffsetDateTime;

/**
 * A registered model or exemplary person. For a person, {@code name} is the full name,
 * {@code description} the achievements, {@code positionRole} and {@code area} where they work or live;
 * no contact data is kept.
 */
public record ModelEntry(long id, long unitId, String unitName, EntryKind kind, String name, ModelField field,
        int year, String description, String results, String peopleInvolved, String positionRole, String area,
        ModelStatus status, Integer totalScore, String evaluationComment, String reason, Integer recognitionYear,
        OffsetDateTime submittedAt, OffsetDateTime evaluatedAt, long version) {

    public boolean person() {
        return kind == EntryKind.PERSON;
    }
}
