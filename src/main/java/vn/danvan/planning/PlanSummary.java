package vn.danvan.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;

/** A plan at a glance: its unit and year, state, approval, number, item count and average progress (0-100, one decimal). */
record PlanSummary(long planId, long unitId, int year, PlanStatus status, OffsetDateTime approvedAt,
        String documentNumber, int items, BigDecimal averageProgress) {

    public PlanSummary {
        averageProgress = averageProgress == null ? null : averageProgress.setScale(1, RoundingMode.HALF_UP);
    }
}
