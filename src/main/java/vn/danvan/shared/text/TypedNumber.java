package vn.danvan.shared.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number as typed in Viet Nam: "4", "2,5" (decimal comma), "1.000" or "1.000,5" (dots grouping
 * thousands); "2.5" is read as two and a half, since a dot that does not group three digits can only be
 * a decimal mark. Shown back with a decimal comma, "2,5". Forms bind BigDecimal fields through it
 * ({@code shared.web.WebConfig}).
 */
public final class TypedNumber {

    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private TypedNumber() {
    }

    /** The number typed, or empty when it is not one (blank is empty too). */
    public static Optional<BigDecimal> read(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String value = typed.strip().replace(" ", "");
        if (GROUPED.matcher(value).matches()) {
            value = value.replace(".", "");
        }
        value = value.replace(',', '.');
        return PLAIN.matcher(value).matches() ? Optional.of(new BigDecimal(value)) : Optional.empty();
    }

    /** "87,5" for 87.50; null for null. */
    public static String show(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
