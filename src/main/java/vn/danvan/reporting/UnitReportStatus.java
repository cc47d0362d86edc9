package vn.danvan.reporting;

import java.time.OffsetDateTime;

/**
 * Where one unit's report of a period stands, for the completeness table, the API and the leader
 * dashboard. {@code onTime} is null until the report is submitted.
 */
record UnitReportStatus(long reportId, long unitId, String unitCode, String unitName, ReportState state,
        SelfRating selfRating, OffsetDateTime submittedAt, Boolean onTime) {

    public boolean submitted() {
        return state.submitted();
    }

    public boolean late() {
        return submitted() && Boolean.FALSE.equals(onTime);
    }
}
