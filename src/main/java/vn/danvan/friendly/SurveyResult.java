package vn.danvan.friendly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A unit's survey results for a year: the number of answers and the average (1-5) of each question in
 * the order of {@link FriendlySurvey#QUESTIONS}; averages are null without answers.
 */
record SurveyResult(long unitId, int year, long answers, List<BigDecimal> averages) {

    /** The mean of the questions' averages: the "average satisfaction" that feeds the survey criterion. */
    public BigDecimal averageSatisfaction() {
        if (answers == 0) {
            return null;
        }
        BigDecimal sum = averages.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(averages.size()), 2, RoundingMode.HALF_UP);
    }

    /** The overall-satisfaction question scaled to 0-100 (1 gives 0, 5 gives 100); null without answers. */
    public BigDecimal overallPercent() {
        if (answers == 0) {
            return null;
        }
        BigDecimal overall = averages.get(averages.size() - 1);
        return overall.subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(25)).setScale(1, RoundingMode.HALF_UP);
    }
}
