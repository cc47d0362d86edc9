package vn.danvan.commendation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.danvan.shared.indicator.IndicatorKind;

/**
 * How an indicator's raw value becomes a figure between 0 and 1 before it is weighted: a percentage
 * divided by 100, a count divided by the highest count among the candidates or by a cap per unit,
 * a yes/no as 1/0, a 1-5 rating divided by 5. The label is {@code commendation.normalisation.<NAME>}.
 */
enum Normalisation {
    PERCENT, COUNT_MAX, COUNT_CAP, YES_NO, RATING;

    static final int SCALE = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    /** The usual normalisation of an indicator kind (a number of days is treated as a count). */
    static Normalisation of(IndicatorKind kind) {
        return switch (kind) {
            case PERCENT -> PERCENT;
            case YES_NO -> YES_NO;
            case RATING -> RATING;
            case COUNT, DAYS -> COUNT_MAX;
        };
    }

    /**
     * The normalised value, or null for a null raw value (not applicable). {@code max} is the highest
     * value among the candidates (COUNT_MAX), {@code cap} the value that counts as full (COUNT_CAP).
     */
    BigDecimal normalise(BigDecimal raw, BigDecimal max, BigDecimal cap) {
        if (raw == null) {
            return null;
        }
        BigDecimal n = switch (this) {
            case PERCENT -> raw.divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
            case YES_NO -> raw.signum() != 0 ? BigDecimal.ONE : BigDecimal.ZERO;
            case RATING -> raw.divide(FIVE, SCALE, RoundingMode.HALF_UP);
            case COUNT_MAX -> max == null || max.signum() <= 0 ? BigDecimal.ZERO
                    : raw.divide(max, SCALE, RoundingMode.HALF_UP);
            case COUNT_CAP -> cap == null || cap.signum() <= 0 ? BigDecimal.ZERO
                    : raw.min(cap).divide(cap, SCALE, RoundingMode.HALF_UP);
        };
        return n.max(BigDecimal.ZERO).min(BigDecimal.ONE).setScale(SCALE, RoundingMode.HALF_UP);
    }

    public String messageKey() {
        return "commendation.normalisation." + name();
    }
}
