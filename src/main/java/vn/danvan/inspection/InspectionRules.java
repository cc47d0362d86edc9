package vn.danvan.inspection;

import java.util.List;

/** The rules of the states, apart from the database so that they are tested alone. */
final class InspectionRules {

    private InspectionRules() {
    }

    /** A record may be concluded when it is a draft, every checklist item is marked and a conclusion is written. */
    static Problems checkConclude(InspectionStatus status, List<Records.Check> checks, String conclusion) {
        Problems problems = new Problems();
        if (!status.allows(InspectionStatus.CONCLUDED)) {
            return problems.add("status", "inspection.error.concluded");
        }
        if (checks.stream().anyMatch(c -> c.result() == null)) {
            problems.add("checks", "inspection.error.checksIncomplete");
        }
        if (conclusion == null || conclusion.isBlank()) {
            problems.add("conclusion", "inspection.error.conclusionRequired");
        }
        return problems;
    }

    /**
     * A decision on an open case: a number, a date and a measure; a measure other than none needs a follow-up
     * due date not before the decision.
     */
    static Problems checkDecision(ViolationStatus status, String number, java.time.LocalDate date, boolean dateTyped,
            Measure measure, java.time.LocalDate followUpDue, boolean dueTyped) {
        Problems problems = new Problems();
        if (!status.allows(ViolationStatus.DECIDED)) {
            return problems.add("status", "inspection.error.transition");
        }
        problems.requireText("decisionNumber", number, 100, "inspection.error.decisionNumberRequired");
        if (date == null) {
            problems.add("decisionDate", dateTyped ? "inspection.error.dateInvalid" : "inspection.error.dateRequired");
        }
        if (measure == null) {
            problems.add("measure", "inspection.error.measureRequired");
        }
        if (dueTyped && followUpDue == null) {
            problems.add("followUpDue", "inspection.error.dateInvalid");
        } else if (followUpDue != null && date != null && followUpDue.isBefore(date)) {
            problems.add("followUpDue", "inspection.error.dueBeforeDecision");
        }
        return problems;
    }
}
