package vn.danvan.inspection;

import java.math.BigDecimal;
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
public class InspectionIndicators implements IndicatorProvider {

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
    public List<IndicatorValue> values(long unitId, LocalDate from, LocalDate to) {
        long held = jdbc.sql("""
                select count(*) from inspection where unit_id = :unit and status = 'CONCLUDED'
                   and inspected_on >= :from and inspected_on <= :to""")
                .param("unit", unitId).param("from", from).param("to", to).query(Long.class).single();
        var found = jdbc.sql("""
                select count(*) as n, coalesce(sum(case when status <> 'OPEN' then 1 else 0 end), 0) as handled
                  from inspection_violation where unit_id = :unit and found_on >= :from and found_on <= :to""")
                .param("unit", unitId).param("from", from).param("to", to)
                .query((rs, n) -> new long[] {rs.getLong("n"), rs.getLong("handled")}).single();
        LocalDate today = LocalDate.now(clock);
        LocalDate cutoff = today.isAfter(to) ? to.plusDays(1) : today;
        long late = jdbc.sql("""
                select count(*) from inspection_violation where unit_id = :unit and found_on <= :to
                   and ((status = 'OPEN' and found_on < :undecidedSince)
                     or (status = 'DECIDED' and follow_up_due is not null and follow_up_due < :cutoff))""")
                .param("unit", unitId).param("to", to).param("undecidedSince", cutoff.minusDays(DAYS_TO_DECIDE))
                .param("cutoff", cutoff).query(Long.class).single();
        return List.of(new IndicatorValue(INSPECTIONS_HELD, BigDecimal.valueOf(held), LINK),
                new IndicatorValue(VIOLATIONS_FOUND, BigDecimal.valueOf(found[0]), LINK),
                new IndicatorValue(VIOLATIONS_HANDLED, BigDecimal.valueOf(found[1]), LINK),
                new IndicatorValue(VIOLATIONS_LATE, BigDecimal.valueOf(late), LINK));
    }
}
