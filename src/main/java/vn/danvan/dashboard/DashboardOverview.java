package vn.danvan.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import vn.danvan.shared.indicator.IndicatorFormat;
import vn.danvan.shared.indicator.IndicatorKind;

/**
 * The cards and charts above the dashboard's table, from the same stored branch figures as the table
 * ({@link Rollup}): petitions answered on time and dossiers returned on time (the mean of the units with a
 * figure, as the table's columns), reports submitted of those due, and the units needing attention, for
 * the unit shown ({@code branch}) and for each row below it ({@code byUnit}, in the table's order); and the
 * unit's branch in each of the last twelve months ({@code byMonth}, oldest first, from {@link DashboardMonths}).
 */
record DashboardOverview(Figures branch, List<Figures> byUnit, List<Month> byMonth) {

    /** The indicators the cards and charts read, by the codes their modules publish. */
    static final String PETITIONS_ON_TIME = "petition.answeredOnTimeRate";
    static final String DOSSIERS_ON_TIME = "dossier.onTimeRate";
    static final String REPORT_SUBMITTED = "reporting.reportSubmitted";

    DashboardOverview {
        byUnit = List.copyOf(byUnit);
        byMonth = List.copyOf(byMonth);
    }

    /** The unit's branch in one of the last twelve months: petitions and dossiers on time (null: none). */
    record Month(YearMonth month, BigDecimal petitionsOnTime, BigDecimal dossiersOnTime) {

        static Month of(YearMonth month, Rollup r) {
            return new Month(month, r.figure(PETITIONS_ON_TIME).value(IndicatorKind.PERCENT),
                    r.figure(DOSSIERS_ON_TIME).value(IndicatorKind.PERCENT));
        }

        /** "03/2026". */
        public String label() {
            return String.format("%02d/%d", month.getMonthValue(), month.getYear());
        }

        public String petitionsText(Locale locale) {
            return IndicatorFormat.number(IndicatorKind.PERCENT, petitionsOnTime, locale);
        }

        public String dossiersText(Locale locale) {
            return IndicatorFormat.number(IndicatorKind.PERCENT, dossiersOnTime, locale);
        }
    }

    /** One unit's branch (or the unit alone): the figures of the cards. */
    record Figures(long unitId, String unitName, int units, int attentionUnits, BigDecimal petitionsOnTime,
            BigDecimal dossiersOnTime, int reportsSubmitted, int reportsDue, TrafficLight light) {

        static Figures of(long unitId, String unitName, Rollup r, int attentionUnits) {
            BigDecimal petitions = r.figure(PETITIONS_ON_TIME).value(IndicatorKind.PERCENT);
            BigDecimal dossiers = r.figure(DOSSIERS_ON_TIME).value(IndicatorKind.PERCENT);
            Rollup.Figure reports = r.figure(REPORT_SUBMITTED);
            int units = r.units();
            return new Figures(unitId, unitName, units, attentionUnits, petitions, dossiers, reports.yes(),
                    reports.valued(), TrafficLight.of(units, attentionUnits, petitions, dossiers));
        }

        public String petitionsText(Locale locale) {
            return IndicatorFormat.number(IndicatorKind.PERCENT, petitionsOnTime, locale);
        }

        public String dossiersText(Locale locale) {
            return IndicatorFormat.number(IndicatorKind.PERCENT, dossiersOnTime, locale);
        }

        /** Reports submitted of those due, as a percentage; null when none was due. */
        public BigDecimal reportsRate() {
            return reportsDue == 0 ? null
                    : BigDecimal.valueOf(reportsSubmitted * 100L).divide(BigDecimal.valueOf(reportsDue), 1,
                            RoundingMode.HALF_UP);
        }

        /** "3/4" reports submitted of those due; "-" when none was due, as in the table. */
        public String reportsText() {
            return reportsDue == 0 ? "-" : reportsSubmitted + "/" + reportsDue;
        }

        public String reportsRateText(Locale locale) {
            return IndicatorFormat.number(IndicatorKind.PERCENT, reportsRate(), locale);
        }
    }
}
