package vn.danvan.petition;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The petition figures of one unit (or the total of several) for a period; see
 * {@link PetitionFigures} for what each count means. {@code workingDaysToAnswer} is the sum over the
 * answered petitions, kept so that totals average correctly.
 */
record PetitionFiguresRow(Long unitId, String unitName, long received, long answered, long answeredOnTime,
        long workingDaysToAnswer, long overdueNow) {

    static PetitionFiguresRow empty(Long unitId, String unitName) {
        return new PetitionFiguresRow(unitId, unitName, 0, 0, 0, 0, 0);
    }

    /** Answered on time as a percentage of answered, one decimal; null when nothing was answered. */
    public BigDecimal onTimeRate() {
        return answered == 0 ? null
                : BigDecimal.valueOf(answeredOnTime * 100).divide(BigDecimal.valueOf(answered), 1, RoundingMode.HALF_UP);
    }

    /** Mean working days from receipt to answer, one decimal; null when nothing was answered. */
    public BigDecimal averageWorkingDaysToAnswer() {
        return answered == 0 ? null
                : BigDecimal.valueOf(workingDaysToAnswer).divide(BigDecimal.valueOf(answered), 1, RoundingMode.HALF_UP);
    }

    PetitionFiguresRow plus(PetitionFiguresRow other) {
        return new PetitionFiguresRow(unitId, unitName, received + other.received, answered + other.answered,
                answeredOnTime + other.answeredOnTime, workingDaysToAnswer + other.workingDaysToAnswer,
                overdueNow + other.overdueNow);
    }

    /** This row with one more petition counted. */
    PetitionFiguresRow count(boolean isAnswered, boolean onTime, int workingDays, boolean overdue) {
        return plus(new PetitionFiguresRow(unitId, unitName, 1, isAnswered ? 1 : 0, onTime ? 1 : 0,
                isAnswered ? workingDays : 0, overdue ? 1 : 0));
    }
}
