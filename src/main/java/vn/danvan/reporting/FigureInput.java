package vn.danvan.reporting;

import java.math.BigDecimal;

import vn.danvan.shared.text.TypedNumber;

/**
 * A figure as a unit types it in Viet Nam: "12", "87,5" or "87.5"; "1.000" is one thousand when the
 * dot groups three digits. {@link #PATTERN} (checked on the report's form) admits only what fits the
 * column, numeric(18, 4): at most 14 digits before the decimal mark and 4 after it.
 */
final class FigureInput {

    /** A figure the form takes. */
    static final String PATTERN = "[+-]?(\\d{1,14}([.,]\\d{1,4})?|\\d{1,3}(\\.\\d{3}){1,4}(,\\d{1,4})?)";

    private FigureInput() {
    }

    /** The number of a figure that matches {@link #PATTERN}; null when nothing was typed. */
    static BigDecimal read(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return TypedNumber.read(typed).orElseThrow(() -> new IllegalArgumentException("not a figure"));
    }

    /** A stored figure as the form shows it: "87,5". */
    static String show(BigDecimal value) {
        return TypedNumber.show(value);
    }
}
