package vn.danvan.disclosure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.indicator.IndicatorPeriod;
import vn.danvan.shared.indicator.IndicatorProvider;
import vn.danvan.shared.indicator.IndicatorValue;
import vn.danvan.shared.indicator.Rates;
import vn.danvan.shared.indicator.UnitCounts;

/**
 * The disclosure figures of a unit for a period (clause 1d, "dân biết"), over the contents due in the period: how
 * many were due, the percentage made public by their due date, and, at a glance on the leader's dashboard, those
 * still not public although their due date has passed (before today or the period's end, whichever is earlier).
 */
@Component
class DisclosureIndicators implements IndicatorProvider {

    static final String DUE = "disclosure.due";
    static final String ON_TIME = "disclosure.onTime";
    static final String OVERDUE = "disclosure.overdue";

    private static final String CLAUSE = "1d";
    private static final String LINK = "/disclosures";
    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(DUE, "disclosure.indicator.due", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(ON_TIME, "disclosure.indicator.onTime", IndicatorKind.PERCENT, CLAUSE),
            new IndicatorDefinition(OVERDUE, "disclosure.indicator.overdue", IndicatorKind.COUNT, CLAUSE,
                    IndicatorDefinition.AtAGlance.LATE_ITEMS));

    private final JdbcClient jdbc;
    private final Clock clock;

    DisclosureIndicators(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }

    @Override
    public Map<Long, List<IndicatorValue>> values(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        LocalDate today = IndicatorPeriod.today(clock);
        LocalDate cutoff = today.isAfter(to) ? to.plusDays(1) : today;
        UnitCounts f = UnitCounts.of(jdbc, """
                select unit_id, count(*) as due,
                       coalesce(sum(case when public_from is not null or due_date < :cutoff then 1 else 0 end), 0)
                           as decided,
                       coalesce(sum(case when public_from is not null and public_from <= due_date then 1 else 0 end), 0)
                           as on_time,
                       coalesce(sum(case when public_from is null and due_date < :cutoff then 1 else 0 end), 0)
                           as overdue
                  from disclosure
                 where unit_id in (:units) and due_date >= :from and due_date <= :to
                 group by unit_id""", unitIds, 4,
                q -> q.param("cutoff", cutoff).param("from", from).param("to", to));
        Map<Long, List<IndicatorValue>> values = new LinkedHashMap<>();
        for (long unit : unitIds) {
            values.put(unit, List.of(new IndicatorValue(DUE, BigDecimal.valueOf(f.get(unit, 0)), LINK),
                    new IndicatorValue(ON_TIME, Rates.percent(f.get(unit, 2), f.get(unit, 1)), LINK),
                    new IndicatorValue(OVERDUE, BigDecimal.valueOf(f.get(unit, 3)), LINK)));
        }
        return values;
    }
}
