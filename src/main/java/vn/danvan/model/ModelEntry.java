package vn.danvan.model;

import java.time.OffsetDateTime;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * A registered model or exemplary person (mô hình, điển hình). For a person, {@code name} is the full
 * name, {@code description} the achievements, {@code positionRole} and {@code area} where they work or
 * live; no contact data is kept. Each change of state is a method that checks the current state and
 * refuses with a message naming it; {@link ModelRepository} saves the result, checking the version and
 * the state it was loaded in.
 */
class ModelEntry {

    private final long id;
    private final long unitId;
    private final String unitName;
    private final EntryKind kind;
    private final long version;
    /** The state as loaded: the save's concurrency check. */
    private final ModelStatus loadedStatus;
    private String name;
    private ModelField field;
    private int year;
    private String description;
    private String results;
    private String peopleInvolved;
    private String positionRole;
    private String area;
    private ModelStatus status;
    private Integer totalScore;
    private String evaluationComment;
    private String reason;
    private Integer recognitionYear;
    private OffsetDateTime submittedAt;
    private OffsetDateTime evaluatedAt;
    private String evaluatedBy;

    public ModelEntry(long id, long unitId, String unitName, EntryKind kind, String name, ModelField field, int year,
            String description, String results, String peopleInvolved, String positionRole, String area,
            ModelStatus status, Integer totalScore, String evaluationComment, String reason, Integer recognitionYear,
            OffsetDateTime submittedAt, OffsetDateTime evaluatedAt, String evaluatedBy, long version) {
        this.id = id;
        this.unitId = unitId;
        this.unitName = unitName;
        this.kind = kind;
        this.name = name;
        this.field = field;
        this.year = year;
        this.description = description;
        this.results = results;
        this.peopleInvolved = peopleInvolved;
        this.positionRole = positionRole;
        this.area = area;
        this.status = status;
        this.loadedStatus = status;
        this.totalScore = totalScore;
        this.evaluationComment = evaluationComment;
        this.reason = reason;
        this.recognitionYear = recognitionYear;
        this.submittedAt = submittedAt;
        this.evaluatedAt = evaluatedAt;
        this.evaluatedBy = evaluatedBy;
        this.version = version;
    }

    /**
     * Changes a draft; its kind stays (register anew for the other kind). A model keeps no position or
     * area, a person no field, results or people involved.
     */
    void edit(EntryKind kind, String name, ModelField field, int year, String description, String results,
            String peopleInvolved, String positionRole, String area) {
        if (kind != this.kind) {
            throw new InvalidRequestException("model.error.kindFixed");
        }
        if (!status.editable()) {
            throw new InvalidRequestException("model.error.transition",
                    new DefaultMessageSourceResolvable(status.messageKey()));
        }
        boolean person = person();
        this.name = name;
        this.field = person ? null : field;
        this.year = year;
        this.description = description;
        this.results = person ? null : results;
        this.peopleInvolved = person ? null : peopleInvolved;
        this.positionRole = person ? positionRole : null;
        this.area = person ? area : null;
    }

    /** The unit sends its draft to Home Affairs. */
    void submit(OffsetDateTime at) {
        move(ModelStatus.SUBMITTED, "model.error.transition");
        submittedAt = at;
    }

    /** Refuses unless Home Affairs may evaluate the entry: submitted and not yet evaluated. */
    void requireEvaluable() {
        requireAllowed(ModelStatus.RECOGNISED, "model.error.notSubmitted");
    }

    /**
     * Home Affairs recognises the entry (for {@code recognitionYear}) or does not (saying why), with the
     * total of the criteria's points.
     */
    void evaluate(ModelStatus result, int totalScore, String comment, String reason, Integer recognitionYear,
            String by, OffsetDateTime at) {
        requireEvaluable();
        if (result == null || !result.evaluated()) {
            throw InvalidRequestException.onField("result", "model.error.resultRequired");
        }
        boolean recognised = result == ModelStatus.RECOGNISED;
        if (!recognised && TypedText.isBlank(reason)) {
            throw InvalidRequestException.onField("reason", "model.error.reasonRequired");
        }
        move(result, "model.error.notSubmitted");
        this.totalScore = totalScore;
        this.evaluationComment = comment;
        this.reason = recognised ? null : reason;
        this.recognitionYear = recognised ? recognitionYear : null;
        this.evaluatedAt = at;
        this.evaluatedBy = by;
    }

    private void move(ModelStatus next, String refusal) {
        requireAllowed(next, refusal);
        status = next;
    }

    private void requireAllowed(ModelStatus next, String refusal) {
        if (!status.allows(next)) {
            throw new InvalidRequestException(refusal, new DefaultMessageSourceResolvable(status.messageKey()));
        }
    }

    public boolean person() {
        return kind == EntryKind.PERSON;
    }

    public long id() { return id; }
    public long unitId() { return unitId; }
    public String unitName() { return unitName; }
    public EntryKind kind() { return kind; }
    public String name() { return name; }
    public ModelField field() { return field; }
    public int year() { return year; }
    public String description() { return description; }
    public String results() { return results; }
    public String peopleInvolved() { return peopleInvolved; }
    public String positionRole() { return positionRole; }
    public String area() { return area; }
    public ModelStatus status() { return status; }
    public Integer totalScore() { return totalScore; }
    public String evaluationComment() { return evaluationComment; }
    public String reason() { return reason; }
    public Integer recognitionYear() { return recognitionYear; }
    public OffsetDateTime submittedAt() { return submittedAt; }
    public OffsetDateTime evaluatedAt() { return evaluatedAt; }
    String evaluatedBy() { return evaluatedBy; }
    public long version() { return version; }
    ModelStatus loadedStatus() { return loadedStatus; }
}
