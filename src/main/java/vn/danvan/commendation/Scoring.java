package vn.danvan.commendation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.danvan.shared.indicator.IndicatorValue;

/**
 * The score of each candidate: for every weighted indicator, the normalised value times the weight;
 * a null value (not applicable, not due) contributes nothing. Units ranked by total, highest first,
 * then by name; equal totals share a rank.
 */
final class Scoring {

    static final int POINTS_SCALE = 4;

    /** A candidate unit and its figures by indicator code. */
    record Candidate(long unitId, String unitName, Map<String, IndicatorValue> values) {
    }

    private Scoring() {
    }

    static List<UnitScore> rank(List<Candidate> candidates, List<Weight> weights) {
        Map<String, BigDecimal> max = new HashMap<>();
        for (Weight w : weights) {
            BigDecimal m = null;
            for (Candidate c : candidates) {
                BigDecimal v = raw(c, w.code());
                if (v != null && (m == null || v.compareTo(m) > 0)) {
                    m = v;
                }
            }
            max.put(w.code(), m);
        }
        List<UnitScore> unranked = new ArrayList<>();
        for (Candidate c : candidates) {
            List<ScorePart> parts = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Weight w : weights) {
                if (w.weight().signum() == 0) {
                    continue;
                }
                BigDecimal raw = raw(c, w.code());
                BigDecimal normalised = w.normalisation().normalise(raw, max.get(w.code()), w.cap());
                BigDecimal points = normalised == null ? null
                        : normalised.multiply(w.weight()).setScale(POINTS_SCALE, RoundingMode.HALF_UP);
                if (points != null) {
                    total = total.add(points);
                }
                IndicatorValue value = c.values().get(w.code());
                parts.add(new ScorePart(w.code(), raw, normalised, w.weight(), points, value == null ? null : value.link()));
            }
            unranked.add(new UnitScore(c.unitId(), c.unitName(), total.setScale(POINTS_SCALE, RoundingMode.HALF_UP), 0,
                    parts));
        }
        unranked.sort(Comparator.comparing(UnitScore::total).reversed().thenComparing(UnitScore::unitName));
        List<UnitScore> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            UnitScore s = unranked.get(i);
            int rank = i > 0 && ranked.get(i - 1).total().compareTo(s.total()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new UnitScore(s.unitId(), s.unitName(), s.total(), rank, s.parts()));
        }
        return ranked;
    }

    private static BigDecimal raw(Candidate c, String code) {
        IndicatorValue v = c.values().get(code);
        return v == null ? null : v.value();
    }
}
