package vn.danvan.friendly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a self-assessment's scores, kept apart from storage so they can be tested alone: a score
 * is a number from 0 to the criterion's maximum with at most two decimals, a scored criterion needs its
 * evidence, a submitted assessment scores every criterion the unit scores itself; the survey criterion
 * is never typed, its points are {@code max × (average satisfaction − 1) / 4}.
 */
public final class ScoreRules {

    private ScoreRules() {
    }

    /** What the unit typed for one criterion (text, as typed). */
    public record Entry(String points, String evidence) {
    }

    /** The points of the survey criterion: 0 with no answers; 1 on the 1-5 scale gives 0, 5 gives the maximum. */
    public static BigDecimal surveyPoints(int maxPoints, BigDecimal averageSatisfaction) {
        if (averageSatisfaction == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal ratio = averageSatisfaction.subtract(BigDecimal.ONE).divide(BigDecimal.valueOf(4), 10,
                RoundingMode.HALF_UP);
        ratio = ratio.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        return BigDecimal.valueOf(maxPoints).multiply(ratio).setScale(2, RoundingMode.HALF_UP);
    }

    /** The typed points as a number, or null when blank; throws {@link NumberFormatException} when not a number. */
    static BigDecimal parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return new BigDecimal(typed.strip().replace(',', '.'));
    }

    /** The problem of a score given for a criterion of the maximum (message key), or null when it is fine. */
    static String pointsProblem(BigDecimal points, int maxPoints) {
        if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(maxPoints)) > 0) {
            return "friendly.error.pointsRange";
        }
        return points.stripTrailingZeros().scale() > 2 ? "friendly.error.pointsDecimals" : null;
    }

    /**
     * The problems per criterion id (message keys) of the entries; empty when they may be saved. With
     * {@code submitting}, every criterion the unit scores itself must be scored.
     */
    public static Map<Long, String> check(List<Criterion> criteria, Map<Long, Entry> entries, boolean submitting) {
        Map<Long, String> problems = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            if (c.fromSurvey()) {
                continue;
            }
            Entry e = entries.getOrDefault(c.id(), new Entry(null, null));
            BigDecimal points;
            try {
                points = parse(e.points());
            } catch (NumberFormatException ex) {
                problems.put(c.id(), "friendly.error.pointsNotNumber");
                continue;
            }
            if (points == null) {
                if (submitting) {
                    problems.put(c.id(), "friendly.error.pointsMissing");
                } else if (e.evidence() != null && !e.evidence().isBlank()) {
                    problems.put(c.id(), "friendly.error.pointsMissing");
                }
                continue;
            }
            String problem = pointsProblem(points, c.maxPoints());
            if (problem != null) {
                problems.put(c.id(), problem);
            } else if (e.evidence() == null || e.evidence().isBlank()) {
                problems.put(c.id(), "friendly.error.evidenceMissing");
            } else if (e.evidence().length() > 4000) {
                problems.put(c.id(), "friendly.error.evidenceTooLong");
            }
        }
        return problems;
    }
}
