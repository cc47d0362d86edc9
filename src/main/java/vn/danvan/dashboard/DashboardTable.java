package vn.danvan.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorFormat;
import vn.danvan.shared.indicator.IndicatorKind;

/**
 * The dashboard of a year: its columns (the indicators shown at a glance, or every figure of one
 * directive clause when {@code clause} is set) and one row per unit in scope.
 */
record DashboardTable(int year, String clause, List<IndicatorDefinition> columns, List<Row> rows) {

    DashboardTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A unit, indented by its depth in the tree, with one cell per column. */
    record Row(long unitId, String unitName, int depth, List<Cell> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        public boolean needsAttention() {
            return cells.stream().anyMatch(Cell::attention);
        }
    }

    /**
     * One figure: {@code value} as the indicator computes it (null when it cannot be), the link to
     * its records, and whether it calls for attention.
     */
    record Cell(IndicatorDefinition indicator, BigDecimal value, String link, boolean attention) {

        public boolean yesNo() {
            return indicator.kind() == IndicatorKind.YES_NO;
        }

        public boolean yes() {
            return value != null && value.signum() > 0;
        }

        /** The number as written in {@code locale}: "1.234", "87,5%" in Vietnamese; "-" when there is none. */
        public String number(Locale locale) {
            return IndicatorFormat.number(indicator.kind(), value, locale);
        }
    }

    /** Units whose row needs attention, per column, for the summary line. */
    public long attentionIn(int column) {
        return rows.stream().filter(r -> r.cells().get(column).attention()).count();
    }

    public long unitsNeedingAttention() {
        return rows.stream().filter(Row::needsAttention).count();
    }
}
