package vn.danvan.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;

/**
 * A violation case as it changes: decided (with a measure to carry out, or none, which closes it), then
 * done. Each change checks the state and refuses with a message naming it; {@link InspectionRepository}
 * loads and saves it. Views read {@link Records.Violation}.
 */
class Violation {

    private final long id;
    private final long unitId;
    private final long version;
    private ViolationStatus status;
    private String decisionNumber;
    private LocalDate decisionDate;
    private Measure measure;
    private LocalDate followUpDue;
    private LocalDate doneOn;

    Violation(long id, long unitId, ViolationStatus status, String decisionNumber, LocalDate decisionDate,
            Measure measure, LocalDate followUpDue, LocalDate doneOn, long version) {
        this.id = id;
        this.unitId = unitId;
        this.status = status;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.measure = measure;
        this.followUpDue = followUpDue;
        this.doneOn = doneOn;
        this.version = version;
    }

    /**
     * What refuses a decision in {@code status}: the state itself (named), else a number, a date and a
     * measure; a follow-up due date not before the decision. Also asked by the form to show every problem.
     */
    static List<Problem> decisionProblems(ViolationStatus status, String number, LocalDate date, Measure measure,
            LocalDate followUpDue) {
        if (!status.allows(ViolationStatus.DECIDED)) {
            return List.of(transition(status));
        }
        List<Problem> problems = new ArrayList<>();
        if (number == null || number.isBlank()) {
            problems.add(Problem.on("decisionNumber", "inspection.error.decisionNumberRequired"));
        }
        if (date == null) {
            problems.add(Problem.on("decisionDate", "inspection.error.dateRequired"));
        }
        if (measure == null) {
            problems.add(Problem.on("measure", "inspection.error.measureRequired"));
        }
        if (followUpDue != null && date != null && followUpDue.isBefore(date)) {
            problems.add(Problem.on("followUpDue", "inspection.error.dueBeforeDecision"));
        }
        return problems;
    }

    /** Records the decision: DECIDED with a measure to carry out, CLOSED_NO_MEASURE with none. */
    void decide(String number, LocalDate date, Measure decided, LocalDate due) {
        InvalidRequestException.throwIfAny(decisionProblems(status, number, date, decided, due));
        move(ViolationStatus.afterDecision(decided));
        decisionNumber = TypedText.of(number);
        decisionDate = date;
        measure = decided;
        followUpDue = due;
    }

    /** The decided measure was carried out, on {@code today}; final. */
    void done(LocalDate today) {
        move(ViolationStatus.DONE);
        doneOn = today;
    }

    /** Follow-up notes are written while the case is open or decided. */
    void requireOpen() {
        if (!status.open()) {
            throw new InvalidRequestException(List.of(transition(status)));
        }
    }

    private void move(ViolationStatus next) {
        if (!status.allows(next)) {
            throw new InvalidRequestException(List.of(transition(status)));
        }
        status = next;
    }

    private static Problem transition(ViolationStatus status) {
        return Problem.of("inspection.error.transition", new DefaultMessageSourceResolvable(status.messageKey()));
    }

    long id() { return id; }
    long unitId() { return unitId; }
    ViolationStatus status() { return status; }
    String decisionNumber() { return decisionNumber; }
    LocalDate decisionDate() { return decisionDate; }
    Measure measure() { return measure; }
    LocalDate followUpDue() { return followUpDue; }
    LocalDate doneOn() { return doneOn; }
    long version() { return version; }
}
