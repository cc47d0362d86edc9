package vn.danvan.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.danvan.shared.web.Problem;

/** The rules of the states, apart from the database so that they are tested alone. */
final class InspectionRules {

    private InspectionRules() {
    }

    /** A record may be concluded when it is a draft, every checklist item is marked and a conclusion is written. */
    static List<Problem> checkConclude(InspectionStatus status, List<Records.Check> checks, String conclusion) {
        if (!status.allows(InspectionStatus.CONCLUDED)) {
            return List.of(Problem.of("inspection.error.concluded"));
        }
        List<Problem> problems = new ArrayList<>();
        if (checks.stream().anyMatch(c -> c.result() == null)) {
            problems.add(Problem.on("checks", "inspection.error.checksIncomplete"));
        }
        if (conclusion == null || conclusion.isBlank()) {
            problems.add(Problem.on("conclusion", "inspection.error.conclusionRequired"));
        }
        return problems;
    }

    /**
     * A decision on an open case: a number, a date and a measure; a measure other than none needs a follow-up
     * due date not before the decision.
     */
    static List<Problem> checkDecision(ViolationStatus status, String number, LocalDate date, Measure measure,
            LocalDate followUpDue) {
        if (!status.allows(ViolationStatus.DECIDED)) {
            return List.of(Problem.of("inspection.error.transition"));
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

    /** The team of a new inspection: at least one member, and the lead among them. */
    static List<Problem> checkTeam(List<Long> memberIds, Long leadId) {
        List<Long> members = memberIds == null ? List.of()
                : memberIds.stream().filter(java.util.Objects::nonNull).toList();
        if (members.isEmpty()) {
            return List.of(Problem.on("memberIds", "inspection.error.teamRequired"));
        }
        if (leadId == null || !members.contains(leadId)) {
            return List.of(Problem.on("leadId", "inspection.error.leadRequired"));
        }
        return List.of();
    }
}
