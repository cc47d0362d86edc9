package vn.danvan.petition.figures;

import java.math.BigDecimal;

import vn.danvan.shared.indicator.Rates;

/**
 * The petition figures of one unit (or the total of several) for a period; see
 * {@link PetitionFigures} for what each count means. {@code workingDaysToAnswer} is the sum over the
 * answered petitions and {@code ratingSum} the sum of the {@code ratings} given, kept so that totals
 * average correctly.
 */
record PetitionFiguresRow(Long unitId, String unitName, long received, long answered, long answeredOnTime,
        long workingDaysToAnswer, long overdueNow, long ratings, long ratingSum) {

    /** A row without ratings. */
    PetitionFiguresRow(Long unitId, String unitName, long received, long answered, long answeredOnTime,
            long workingDaysToAnswer, long overdueNow) {
        this(unitId, unitName, received, answered, answeredOnTime, workingDaysToAnswer, overdueNow, 0, 0);
    }

    static PetitionFiguresRow empty(Long unitId, String unitName) {
        return new PetitionFiguresRow(unitId, unitName, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Answered on time as a percentage of answered, one decimal; null when nothing was answered. */
    public BigDecimal onTimeRate() {
        return Rates.percent(answeredOnTime, answered);
    }

    /** Mean working days from receipt to answer, one decimal; null when nothing was answered. */
    public BigDecimal averageWorkingDaysToAnswer() {
        return Rates.mean(workingDaysToAnswer, answered, 1);
    }

    /** The petitioners' mean rating of the answers (1-5), one decimal; null when no one rated. */
    public BigDecimal satisfaction() {
        return Rates.mean(ratingSum, ratings, 1);
    }

    PetitionFiguresRow plus(PetitionFiguresRow other) {
        return new PetitionFiguresRow(unitId, unitName, received + other.received, answered + other.answered,
                answeredOnTime + other.answeredOnTime, workingDaysToAnswer + other.workingDaysToAnswer,
                overdueNow + other.overdueNow, ratings + other.ratings, ratingSum + other.ratingSum);
    }

    /** This row without {@code other}'s counts: a unit's own figures, its branch's less its children's branches. */
    PetitionFiguresRow minus(PetitionFiguresRow other) {
        return new PetitionFiguresRow(unitId, unitName, received - other.received, answered - other.answered,
                answeredOnTime - other.answeredOnTime, workingDaysToAnswer - other.workingDaysToAnswer,
                overdueNow - other.overdueNow, ratings - other.ratings, ratingSum - other.ratingSum);
    }

    /** The same figures under another unit's id and name. */
    PetitionFiguresRow as(Long id, String name) {
        return new PetitionFiguresRow(id, name, received, answered, answeredOnTime, workingDaysToAnswer, overdueNow,
                ratings, ratingSum);
    }

    /** This row with one more petition counted. */
    PetitionFiguresRow count(boolean isAnswered, boolean onTime, int workingDays, boolean overdue) {
        return count(isAnswered, onTime, workingDays, overdue, null);
    }

    /** This row with one more petition counted, with the rating its petitioner gave (null for none). */
    PetitionFiguresRow count(boolean isAnswered, boolean onTime, int workingDays, boolean overdue, Integer rating) {
        return plus(new PetitionFiguresRow(unitId, unitName, 1, isAnswered ? 1 : 0, onTime ? 1 : 0,
                isAnswered ? workingDays : 0, overdue ? 1 : 0, rating == null ? 0 : 1, rating == null ? 0 : rating));
    }
}
