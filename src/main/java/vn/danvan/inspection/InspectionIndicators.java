package vn.danvan.inspection;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.danvan.shared.indicator.IndicatorPeriod;
import vn.danvan.shared.indicator.UnitCounts;
import vn.danvan.shared.indicator.Rates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.indicator.IndicatorProvider;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * The inspection figures of a unit for a period (clause 1e): inspections of the unit concluded with their
 * date in the period; violations found in the period (the inspection's date, or the day a case was opened
 * from a petition); of those, the ones handled (decided, closed with no measure or done); and the late
 * cases, on the dashboard: found by the period's end and, at the cutoff (today, or the day after the
 * period when it is past), either still undecided more than {@value #DAYS_TO_DECIDE} days after they were
 * found, or decided with a follow-up due date already passed and not yet done.
 */
@Component
class InspectionIndicators implements IndicatorProvider {

    public static final String INSPECTIONS_HELD = "inspection.inspectionsHeld";
    public static final String VIOLATIONS_FOUND = "inspection.violationsFound";
    public static final String VIOLATIONS_HANDLED = "inspection.violationsHandled";
    public static final String VIOLATIONS_LATE = "inspection.violationsLate";
    /** Days a case may stay undecided before it counts as late. */
    public static final int DAYS_TO_DECIDE = 60;

    private static final String CLAUSE = "1e";
    private static final String LINK = "/inspection";
    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(INSPECTIONS_HELD, "inspection.indicator.inspectionsHeld", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(VIOLATIONS_FOUND, "inspection.indicator.violationsFound", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(VIOLATIONS_HANDLED, "inspection.indicator.violationsHandled", IndicatorKind.COUNT,
                    CLAUSE),
            new IndicatorDefinition(VIOLATIONS_LATE, "inspection.indicator.violationsLate", IndicatorKind.COUNT, CLAUSE,
                    IndicatorDefinition.AtAGlance.LATE_ITEMS));

    private final JdbcClient jdbc;
    private final Clock clock;

    InspectionIndicators(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }


    @Override
    public Map<Long, List<IndicatorValue>> values(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        UnitCounts held = UnitCounts.of(jdbc, """
                select unit_id, count(*) from inspection where unit_id in (:units) and status = 'CONCLUDED'
                   and inspected_on >= :from and inspected_on <= :to group by unit_id""",
                unitIds, 1, q -> q.param("from", from).param("to", to));
        UnitCounts found = UnitCounts.of(jdbc, """
                select unit_id, count(*) as n, coalesce(sum(case when status <> 'OPEN' then 1 else 0 end), 0) as handled
                  from inspection_violation where unit_id in (:units) and found_on >= :from and found_on <= :to
                 group by unit_id""", unitIds, 2, q -> q.param("from", from).param("to", to));
        LocalDate cutoff = new IndicatorPeriod(from, to).cutoff(clock);
        UnitCounts late = UnitCounts.of(jdbc, """
                select unit_id, count(*) from inspection_violation where unit_id in (:units) and found_on <= :to
                   and ((status = 'OPEN' and found_on < :undecidedSince)
                     or (status = 'DECIDED' and follow_up_due is not null and follow_up_due < :cutoff))
                 group by unit_id""", unitIds, 1, q -> q.param("to", to)
                .param("undecidedSince", cutoff.minusDays(DAYS_TO_DECIDE)).param("cutoff", cutoff));
        Map<Long, List<IndicatorValue>> values = new LinkedHashMap<>();
        for (long unit : unitIds) {
            values.put(unit, List.of(new IndicatorValue(INSPECTIONS_HELD, BigDecimal.valueOf(held.get(unit)), LINK),
                    new IndicatorValue(VIOLATIONS_FOUND, BigDecimal.valueOf(found.get(unit, 0)), LINK),
                    new IndicatorValue(VIOLATIONS_HANDLED, BigDecimal.valueOf(found.get(unit, 1)), LINK),
                    new IndicatorValue(VIOLATIONS_LATE, BigDecimal.valueOf(late.get(unit)), LINK)));
        }
        return values;
    }
}
