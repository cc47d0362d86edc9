package vn.danvan.inspection;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;

/**
 * An inspection record as it changes: written while a draft, then concluded once. Each change checks the
 * state and refuses with a message naming it; {@link InspectionRepository} loads and saves it. Views read
 * {@link Records.Inspection}.
 */
class Inspection {

    private final long id;
    private final long unitId;
    private final long version;
    private InspectionStatus status;
    private String findings;
    private String conclusion;
    private OffsetDateTime concludedAt;

    Inspection(long id, long unitId, InspectionStatus status, String findings, String conclusion,
            OffsetDateTime concludedAt, long version) {
        this.id = id;
        this.unitId = unitId;
        this.status = status;
        this.findings = findings;
        this.conclusion = conclusion;
        this.concludedAt = concludedAt;
        this.version = version;
    }

    /** The team writes the findings and the conclusion of a draft (blank text is kept as none). */
    void write(String newFindings, String newConclusion) {
        if (!status.editable()) {
            throw refused();
        }
        findings = TypedText.of(newFindings);
        conclusion = TypedText.of(newConclusion);
    }

    /** Concludes a draft: every checklist item marked and a conclusion written; final. */
    void conclude(List<Records.Check> checks, OffsetDateTime at) {
        if (!status.allows(InspectionStatus.CONCLUDED)) {
            throw refused();
        }
        List<Problem> problems = new ArrayList<>();
        if (checks.stream().anyMatch(c -> c.result() == null)) {
            problems.add(Problem.on("checks", "inspection.error.checksIncomplete"));
        }
        if (conclusion == null || conclusion.isBlank()) {
            problems.add(Problem.on("conclusion", "inspection.error.conclusionRequired"));
        }
        InvalidRequestException.throwIfAny(problems);
        status = InspectionStatus.CONCLUDED;
        concludedAt = at;
    }

    /** A change the state does not allow, naming the state. */
    private InvalidRequestException refused() {
        return new InvalidRequestException("inspection.error.concluded",
                new DefaultMessageSourceResolvable(status.messageKey()));
    }

    long id() { return id; }
    long unitId() { return unitId; }
    InspectionStatus status() { return status; }
    String findings() { return findings; }
    String conclusion() { return conclusion; }
    OffsetDateTime concludedAt() { return concludedAt; }
    long version() { return version; }
}
