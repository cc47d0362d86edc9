package vn.danvan.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorDefinition.AtAGlance;
import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * The figures of a set of units (a unit's branch, or one unit alone) added up so that sets add up too:
 * per indicator, the sum of the units' values, how many units have a value, how many say yes and how
 * many call for attention; the number of units; and, per dashboard view (at a glance, or a directive
 * clause), how many units call for attention in at least one of the view's columns. Every part is a
 * count or a sum, so the figures of a branch are exactly its units' figures added.
 */
record Rollup(int units, Map<String, Figure> figures, Map<String, Integer> attentionUnits) {

    /** The at-a-glance view's key in {@link #attentionUnits}; a clause view's key is the clause. */
    static final String GLANCE = "*";

    static Rollup empty() {
        return new Rollup(0, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /** One indicator over the units of the set. */
    record Figure(BigDecimal sum, int valued, int yes, int attention) {

        static final Figure NONE = new Figure(BigDecimal.ZERO, 0, 0, 0);

        Figure plus(Figure o) {
            return new Figure(sum.add(o.sum), valued + o.valued, yes + o.yes, attention + o.attention);
        }

        /**
         * The figure of the set as its kind reads: a count summed, a yes/no as the units with yes, a
         * percentage, days or a rating as the mean over the units that have a value; null when no unit has one.
         */
        BigDecimal value(IndicatorKind kind) {
            if (valued == 0) {
                return null;
            }
            return switch (kind) {
                case COUNT -> sum;
                case YES_NO -> BigDecimal.valueOf(yes);
                case PERCENT, DAYS, RATING -> sum.divide(BigDecimal.valueOf(valued), 1, RoundingMode.HALF_UP);
            };
        }
    }

    /** Whether one unit's figure calls for attention, as the indicator's at-a-glance rule says. */
    static boolean attention(IndicatorDefinition d, BigDecimal value) {
        return switch (d.glance()) {
            case LATE_ITEMS -> value != null && value.signum() > 0;
            case MUST_BE_YES -> value != null && value.signum() == 0; // null: nothing due yet, or not asked
            case NO -> false;
        };
    }

    /** One unit's figures, by code, as a set of one. */
    static Rollup ofUnit(Map<String, IndicatorDefinition> definitions, Map<String, IndicatorValue> values) {
        Rollup r = new Rollup(1, new LinkedHashMap<>(), new LinkedHashMap<>());
        boolean glance = false;
        for (IndicatorValue v : values.values()) {
            IndicatorDefinition d = definitions.get(v.code());
            if (d == null || v.value() == null) {
                continue;
            }
            boolean attention = attention(d, v.value());
            r.figures.put(d.code(), new Figure(v.value(), 1, v.value().signum() > 0 ? 1 : 0, attention ? 1 : 0));
            if (attention) {
                glance |= d.glance() != AtAGlance.NO;
                r.attentionUnits.put(d.directiveClause(), 1);
            }
        }
        if (glance) {
            r.attentionUnits.put(GLANCE, 1);
        }
        return r;
    }

    Rollup plus(Rollup o) {
        Map<String, Figure> f = new LinkedHashMap<>(figures);
        o.figures.forEach((k, v) -> f.merge(k, v, Figure::plus));
        Map<String, Integer> a = new LinkedHashMap<>(attentionUnits);
        o.attentionUnits.forEach((k, v) -> a.merge(k, v, Integer::sum));
        return new Rollup(units + o.units, f, a);
    }

    Figure figure(String code) {
        return figures.getOrDefault(code, Figure.NONE);
    }

    /** Units of the set calling for attention in the view ({@link #GLANCE} or a clause). */
    int attentionIn(String view) {
        return attentionUnits.getOrDefault(view, 0);
    }

    /** "#=12;!*=3;!1d=2;petition.received=120,17,0,0;..." (codes and clauses hold no ';', '=' or ','). */
    String encode() {
        StringBuilder s = new StringBuilder("#=").append(units);
        attentionUnits.forEach((k, v) -> s.append(";!").append(k).append('=').append(v));
        figures.forEach((k, f) -> s.append(';').append(k).append('=').append(f.sum.toPlainString()).append(',')
                .append(f.valued).append(',').append(f.yes).append(',').append(f.attention));
        return s.toString();
    }

    static Rollup decode(String text) {
        Rollup r = empty();
        int units = 0;
        for (String part : text.split(";")) {
            int eq = part.lastIndexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = part.substring(0, eq);
            String value = part.substring(eq + 1);
            if (key.equals("#")) {
                units = Integer.parseInt(value);
            } else if (key.startsWith("!")) {
                r.attentionUnits.put(key.substring(1), Integer.parseInt(value));
            } else {
                String[] n = value.split(",");
                r.figures.put(key, new Figure(new BigDecimal(n[0]), Integer.parseInt(n[1]), Integer.parseInt(n[2]),
                        Integer.parseInt(n[3])));
            }
        }
        return new Rollup(units, r.figures, r.attentionUnits);
    }
}
