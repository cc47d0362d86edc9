package vn.danvan.inspection;

import java.time.LocalDate;

/** The rows the inspection screens show. */
final class Records {

    private Records() {
    }

    public record Plan(long id, int year, String scope, PlanStatus status, String approvedBy, long version) {
    }

    public record PlanUnit(long id, long unitId, String unitName, LocalDate plannedOn) {
    }

    public record Member(long personId, String fullName, String title, String unitName, boolean lead) {
    }

    public record Item(long id, int position, String text) {
    }

    public record Inspection(long id, Long planId, Integer planYear, long unitId, String unitName, LocalDate inspectedOn,
            InspectionStatus status, String findings, String conclusion, String conclusionNumber, long version) {

        public boolean surprise() {
            return planId == null;
        }
    }

    public record Check(long id, int position, String text, CheckResult result, String note) {
    }

    public record Violation(long id, Long inspectionId, Long petitionId, String petitionCode, long unitId, String unitName,
            long officialId, String officialName, String officialTitle, LocalDate foundOn, String ruleBroken,
            String evidence, Measure measureProposed, ViolationStatus status, String decisionNumber,
            LocalDate decisionDate, Measure measure, LocalDate followUpDue, LocalDate doneOn, long version) {
    }

    public record Note(String note, String writtenBy, java.time.OffsetDateTime writtenAt) {
    }

    public record PersonOption(long id, String fullName, String title, long unitId, String unitName) {
    }

    /** Portal figures of a unit for a year: counts only. */
    public record UnitFigures(long unitId, String unitName, long inspections, long violations, long handled) {
    }
}
