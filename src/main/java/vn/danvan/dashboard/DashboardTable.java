package vn.danvan.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorFormat;
import vn.danvan.shared.indicator.IndicatorKind;

/**
 * The dashboard of a year for one unit: its columns (the indicators shown at a glance, or every
 * figure of one directive clause when {@code clause} is set), the way down to the unit from where the
 * viewer starts ({@code breadcrumb}), the unit's whole branch ({@code total}, null for a unit without
 * units under it), the unit's own figures ({@code own}, read live, with links to the records) and one
 * row per child unit, each the figures of the child's whole branch, sorted by {@code sort}.
 * {@code refreshedAt} says when the branch figures were worked out; {@code communesOnly} when the rows
 * are the communes' committees only; {@code overview} the cards and charts above the table.
 */
record DashboardTable(int year, String clause, List<IndicatorDefinition> columns, long unitId,
        List<Crumb> breadcrumb, Row total, Row own, List<Row> rows, String sort, boolean descending,
        OffsetDateTime refreshedAt, boolean communesOnly, DashboardOverview overview) {

    /** Sort keys besides the indicator codes. */
    static final String BY_NAME = "name";
    static final String BY_ATTENTION = "attention";

    DashboardTable {
        columns = List.copyOf(columns);
        breadcrumb = List.copyOf(breadcrumb);
        rows = List.copyOf(rows);
    }

    /** A unit on the way down; the last one is the unit shown. */
    record Crumb(long unitId, String name) {
    }

    /**
     * A unit with one cell per column: {@code units} units (its branch, or 1 for its own figures), of
     * which {@code attentionUnits} call for attention in the view; {@code branch} when units are under it;
     * {@code light} how it stands at a glance.
     */
    record Row(long unitId, String unitName, boolean branch, int units, int attentionUnits, List<Cell> cells,
            TrafficLight light) {

        Row {
            cells = List.copyOf(cells);
        }

        public boolean needsAttention() {
            return attentionUnits > 0;
        }
    }

    /**
     * One figure over {@code units} units: {@code figure} added up as its kind says ({@link Rollup.Figure}),
     * the link to its records (own figures only), and whether it calls for attention.
     */
    record Cell(IndicatorDefinition indicator, Rollup.Figure figure, boolean single, String link) {

        public boolean yesNo() {
            return indicator.kind() == IndicatorKind.YES_NO;
        }

        /** A yes/no of one unit: yes. */
        public boolean yes() {
            return figure.yes() > 0;
        }

        /** Units with yes, of the units asked (a yes/no over several units). */
        public int yesUnits() {
            return figure.yes();
        }

        public int askedUnits() {
            return figure.valued();
        }

        /** Units with a value: what a mean is taken over. */
        public int valuedUnits() {
            return figure.valued();
        }

        /** A percentage, days or a rating over several units: shown as the mean of the units with a value. */
        public boolean mean() {
            return !single && DashboardTable.mean(indicator);
        }

        public boolean attention() {
            return indicator.glance() != IndicatorDefinition.AtAGlance.NO && figure.attention() > 0;
        }

        public BigDecimal value() {
            return figure.value(indicator.kind());
        }

        /** What the column sorts on: the value, a yes/no over units as its share of yes; null last. */
        BigDecimal sortValue() {
            if (yesNo() && figure.valued() > 0) {
                return BigDecimal.valueOf(figure.yes()).divide(BigDecimal.valueOf(figure.valued()), 6,
                        RoundingMode.HALF_UP);
            }
            return value();
        }

        /** The number as written in {@code locale}: "1.234", "87,5%" in Vietnamese; "-" when there is none. */
        public String number(Locale locale) {
            return IndicatorFormat.number(indicator.kind(), value(), locale);
        }
    }

    /** Whether the indicator's figure over several units is a mean of theirs (percentages, days, ratings). */
    static boolean mean(IndicatorDefinition d) {
        return d.kind() == IndicatorKind.PERCENT || d.kind() == IndicatorKind.DAYS || d.kind() == IndicatorKind.RATING;
    }

    /** Where a column header's link sorts: its own column the other way round, another column descending. */
    public boolean sortsDescending(String key) {
        if (key.equals(sort)) {
            return !descending;
        }
        return !key.equals(BY_NAME);
    }

    /** Whether the column's figures over several units are means (its header says so). */
    public boolean meanColumn(IndicatorDefinition column) {
        return hasChildren() && mean(column);
    }

    public boolean hasChildren() {
        return total != null;
    }

    /** Child units with something calling for attention. */
    public long childrenNeedingAttention() {
        return rows.stream().filter(Row::needsAttention).count();
    }
}
