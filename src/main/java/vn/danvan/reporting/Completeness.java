package vn.danvan.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import vn.danvan.shared.indicator.Rates;
import vn.danvan.shared.indicator.IndicatorFormat;
import vn.danvan.shared.indicator.IndicatorKind;

/**
 * Completeness and timeliness of a period (tỷ lệ đầy đủ, đúng hạn): reports expected, submitted
 * (sent and not sent back), on time, late and missing; completeness = submitted / expected,
 * timeliness = on time / expected, as percentages.
 */
record Completeness(int expected, int submitted, int onTime, int late, int missing) {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    public static Completeness of(List<UnitReportStatus> reports) {
        int submitted = (int) reports.stream().filter(UnitReportStatus::submitted).count();
        int onTime = (int) reports.stream().filter(r -> r.submitted() && Boolean.TRUE.equals(r.onTime())).count();
        return new Completeness(reports.size(), submitted, onTime, submitted - onTime, reports.size() - submitted);
    }

    /** Null when nothing is expected. */
    public BigDecimal completenessRate() {
        return rate(submitted);
    }

    public BigDecimal timelinessRate() {
        return rate(onTime);
    }

    public String completenessText() {
        return percent(completenessRate());
    }

    public String timelinessText() {
        return percent(timelinessRate());
    }

    private BigDecimal rate(int count) {
        return Rates.percent(count, expected);
    }

    /** "87,5%", "100%" in Vietnamese number format; a dash when there is nothing to divide. */
    static String percent(BigDecimal rate) {
        return IndicatorFormat.number(IndicatorKind.PERCENT, rate);
    }
}
