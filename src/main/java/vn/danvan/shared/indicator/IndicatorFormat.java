package vn.danvan.shared.indicator;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How an indicator's figure is written, decided by its kind in this one place for reports, the
 * dashboard and commendation, on pages and in documents: in Vietnamese "1.234" for a count, "87,5%"
 * for a percentage, "12,5" for days or a 1-5 mean; a yes/no as 1 or 0 (pages put words on it); "-"
 * when there is no figure. A year is never a figure: messages take it as {@code {0,number,#}}.
 */
public final class IndicatorFormat {

    /** The locale of documents and of stored labels. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private IndicatorFormat() {
    }

    /** The figure as written in {@code locale}; "-" when there is none. */
    public static String number(IndicatorKind kind, BigDecimal value, Locale locale) {
        if (value == null) {
            return "-";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals(kind));
        return format.format(value) + (kind == IndicatorKind.PERCENT ? "%" : "");
    }

    /** As {@link #number(IndicatorKind, BigDecimal, Locale)} in Vietnamese. */
    public static String number(IndicatorKind kind, BigDecimal value) {
        return number(kind, value, VIETNAMESE);
    }

    /** The most decimals a kind shows: none for counts and yes/no, one otherwise. */
    static int decimals(IndicatorKind kind) {
        return switch (kind) {
            case COUNT, YES_NO -> 0;
            case PERCENT, DAYS, RATING -> 1;
        };
    }
}
