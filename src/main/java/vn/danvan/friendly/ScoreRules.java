package vn.danvan.friendly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.Problem;

/**
 * The rules of a self-assessment's scores, kept apart from storage so they can be tested alone: a score
 * is a number from 0 to the criterion's maximum with at most two decimals, a scored criterion needs its
 * evidence, a submitted assessment scores every criterion the unit scores itself; the survey criterion
 * is never typed, its points are {@code max × (average satisfaction − 1) / 4}.
 */
final class ScoreRules {

    private ScoreRules() {
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

    /** The problem of a score given for a criterion of the maximum (message key), or null when it is fine. */
    static String pointsProblem(BigDecimal points, int maxPoints) {
        if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(maxPoints)) > 0) {
            return "friendly.error.pointsRange";
        }
        return points.stripTrailingZeros().scale() > 2 ? "friendly.error.pointsDecimals" : null;
    }

    /** The field of a criterion's points in {@link AssessmentForm}. */
    static String pointsField(long criterionId) {
        return "points[" + criterionId + "]";
    }

    /** The field of a criterion's evidence in {@link AssessmentForm}. */
    static String evidenceField(long criterionId) {
        return "evidence[" + criterionId + "]";
    }

    /**
     * The problems of the unit's points and evidence by criterion id, each on its field; none when they
     * may be saved. With {@code submitting}, every criterion the unit scores itself must be scored.
     */
    public static List<Problem> check(List<Criterion> criteria, Map<Long, BigDecimal> points,
            Map<Long, String> evidence, boolean submitting) {
        List<Problem> problems = new ArrayList<>();
        for (Criterion c : criteria) {
            if (c.fromSurvey()) {
                continue;
            }
            BigDecimal given = points.get(c.id());
            boolean noEvidence = TypedText.isBlank(evidence.get(c.id()));
            if (given == null) {
                if (submitting || !noEvidence) {
                    problems.add(Problem.on(pointsField(c.id()), "friendly.error.pointsMissing"));
                }
                continue;
            }
            String problem = pointsProblem(given, c.maxPoints());
            if (problem != null) {
                problems.add(Problem.on(pointsField(c.id()), problem, c.maxPoints()));
            } else if (noEvidence) {
                problems.add(Problem.on(evidenceField(c.id()), "friendly.error.evidenceMissing"));
            }
        }
        return problems;
    }
}
