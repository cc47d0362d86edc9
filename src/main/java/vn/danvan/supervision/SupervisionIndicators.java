package vn.danvan.supervision;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.danvan.shared.indicator.IndicatorPeriod;
import vn.danvan.shared.indicator.UnitCounts;
import vn.danvan.shared.indicator.Rates;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.indicator.IndicatorProvider;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * The supervision figures of an addressed unit for a period (clause 1g), over the recommendations of the
 * requests sent to it in the period: how many it received; of those answered or past their due date, the
 * percentage answered on time; how many it accepted (a count of sent answers "tiếp thu"); and, at a glance
 * on the leader's dashboard, the recommendations it has not answered although its due date has passed
 * (before today or the period's end, whichever is earlier).
 */
@Component
class SupervisionIndicators implements IndicatorProvider {

    static final String RECEIVED = "supervision.recommendationsReceived";
    static final String ON_TIME = "supervision.answeredOnTime";
    static final String ACCEPTED = "supervision.accepted";
    static final String OVERDUE = "supervision.overdue";

    private static final String CLAUSE = "1g";
    private static final String LINK = "/supervision";
    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(RECEIVED, "supervision.indicator.received", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(ON_TIME, "supervision.indicator.onTime", IndicatorKind.PERCENT, CLAUSE),
            new IndicatorDefinition(ACCEPTED, "supervision.indicator.accepted", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(OVERDUE, "supervision.indicator.overdue", IndicatorKind.COUNT, CLAUSE,
                    IndicatorDefinition.AtAGlance.LATE_ITEMS));

    private final JdbcClient jdbc;
    private final Clock clock;

    SupervisionIndicators(JdbcClient jdbc, Clock clock) {
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
                select p.unit_id, count(*) as received,
                       coalesce(sum(case when a.status = 'SENT' or p.due_date < :today then 1 else 0 end), 0) as due,
                       coalesce(sum(case when a.status = 'SENT' and a.late = false then 1 else 0 end), 0) as on_time,
                       coalesce(sum(case when a.status = 'SENT' and a.outcome = 'ACCEPTED' then 1 else 0 end), 0)
                           as accepted,
                       coalesce(sum(case when r.status = 'SENT' and p.status = 'OPEN' and p.due_date < :cutoff
                           then 1 else 0 end), 0) as overdue
                  from supervision_recipient p
                  join supervision_request r on r.id = p.request_id
                  join supervision_recommendation m on m.request_id = r.id
                  left join supervision_answer a on a.recommendation_id = m.id and a.recipient_id = p.id
                 where p.unit_id in (:units) and r.sent_on >= :from and r.sent_on <= :to
                 group by p.unit_id""", unitIds, 5,
                q -> q.param("today", today).param("cutoff", cutoff).param("from", from).param("to", to));
        Map<Long, List<IndicatorValue>> values = new LinkedHashMap<>();
        for (long unit : unitIds) {
            values.put(unit, List.of(new IndicatorValue(RECEIVED, BigDecimal.valueOf(f.get(unit, 0)), LINK),
                    new IndicatorValue(ON_TIME, Rates.percent(f.get(unit, 2), f.get(unit, 1)), LINK),
                    new IndicatorValue(ACCEPTED, BigDecimal.valueOf(f.get(unit, 3)), LINK),
                    new IndicatorValue(OVERDUE, BigDecimal.valueOf(f.get(unit, 4)), LINK)));
        }
        return values;
    }
}
