package vn.danvan.commendation;

import java.math.BigDecimal;
import java.util.List;

/** A candidate unit's total, its rank (1 is best; equal totals share a rank) and the parts of the total. */
record UnitScore(long unitId, String unitName, BigDecimal total, int rank, List<ScorePart> parts) {
}
