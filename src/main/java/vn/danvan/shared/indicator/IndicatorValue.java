package vn.danvan.shared.indicator;

import java.math.BigDecimal;

/**
 * A figure for a unit and period. {@code value} is null when it cannot be computed (a rate with
 * nothing to divide); {@code link} is a relative URL to the records behind the figure.
 */
public record IndicatorValue(String code, BigDecimal value, String link) {
}
