package vn.danvan.planning;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A unit on the overview of the year's plans: its plan's state ({@code status} null: no plan yet),
 * item count and average progress. {@code needsAttention} marks a unit without an approved plan.
 */
record PlanOverviewRow(long unitId, String unitCode, String unitName, int depth, Long planId, PlanStatus status,
        OffsetDateTime approvedAt, String documentNumber, int items, BigDecimal averageProgress) {

    public boolean needsAttention() {
        return status != PlanStatus.APPROVED;
    }

    /** The state as the filter names it: NONE or a plan status. */
    public String state() {
        return status == null ? PlanOverview.NONE : status.name();
    }

    public String stateKey() {
        return status == null ? "planning.status.NONE" : status.messageKey();
    }
}
