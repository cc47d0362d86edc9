package vn.danvan.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;

/** A plan as its page and the API show it: the unit, the state, the number once approved, the items and the history. */
record PlanView(long id, long unitId, String unitCode, String unitName, int year, PlanStatus status,
        String returnedReason, OffsetDateTime approvedAt, String approverName, String documentNumber, long version,
        List<PlanItem> items, List<PlanStep> steps) {

    /** The mean progress of the items, one decimal; null without items. */
    public BigDecimal averageProgress() {
        if (items.isEmpty()) {
            return null;
        }
        int sum = items.stream().mapToInt(PlanItem::progress).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(items.size()), 1, RoundingMode.HALF_UP);
    }
}
