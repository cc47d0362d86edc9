package vn.danvan.shared.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The rates and means of indicators, computed one way: null when there is nothing to divide. */
public final class Rates {

    private Rates() {
    }

    /** {@code part} of {@code whole} in percent with one decimal, or null when {@code whole} is 0. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The mean of {@code count} values adding up to {@code sum}, with {@code scale} decimals, or null when none. */
    public static BigDecimal mean(long sum, long count, int scale) {
        return count == 0 ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_UP);
    }

    /** 1 for yes, 0 for no. */
    public static BigDecimal yesNo(boolean yes) {
        return yes ? BigDecimal.ONE : BigDecimal.ZERO;
    }
}
