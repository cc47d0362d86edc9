package vn.danvan.dossier;

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
import vn.danvan.shared.indicator.IndicatorDefinition.AtAGlance;
import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.indicator.IndicatorProvider;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * The one-stop figures of a unit (clause 1đ) for the days from..to: dossiers received, results returned,
 * returned on time (on or before the appointment date) and the on-time rate in per cent (null when nothing
 * was returned), apology slips issued, the citizens' average rating 1-5 of the dossiers returned (null
 * without ratings), and, on the dashboard, the dossiers late now (still open, appointment date passed).
 * One grouped query per call: each figure's rows are found through an index bounded by the period (V40's
 * {@code dossier_unit_received_idx}, {@code dossier_unit_returned_idx}, {@code dossier_unit_apology_idx}) or by
 * the open states ({@code dossier_unit_state_ix}), never by reading every dossier a unit ever had.
 */
@Component
class DossierIndicators implements IndicatorProvider {

    public static final String RECEIVED = "dossier.received";
    public static final String RETURNED = "dossier.returned";
    public static final String RETURNED_ON_TIME = "dossier.returnedOnTime";
    public static final String ON_TIME_RATE = "dossier.onTimeRate";
    public static final String LATE = "dossier.lateNow";
    public static final String APOLOGIES = "dossier.apologies";
    public static final String SATISFACTION = "dossier.satisfaction";

    private static final String CLAUSE = "1đ";
    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(RECEIVED, "dossier.indicator.received", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(RETURNED, "dossier.indicator.returned", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(RETURNED_ON_TIME, "dossier.indicator.returnedOnTime", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(ON_TIME_RATE, "dossier.indicator.onTimeRate", IndicatorKind.PERCENT, CLAUSE),
            new IndicatorDefinition(LATE, "dossier.indicator.late", IndicatorKind.COUNT, CLAUSE, AtAGlance.LATE_ITEMS),
            new IndicatorDefinition(APOLOGIES, "dossier.indicator.apologies", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(SATISFACTION, "dossier.indicator.satisfaction", IndicatorKind.RATING, CLAUSE));

    private final JdbcClient jdbc;
    private final Clock clock;

    DossierIndicators(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }


    @Override
    public Map<Long, List<IndicatorValue>> values(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        IndicatorPeriod period = new IndicatorPeriod(from, to);
        LocalDate today = IndicatorPeriod.today(clock);
        UnitCounts counted = UnitCounts.of(jdbc, """
                select unit_id, sum(received), sum(returned), sum(on_time), sum(apologies), sum(late), sum(rated),
                       sum(stars)
                  from (select unit_id, 1 as received, 0 as returned, 0 as on_time, 0 as apologies, 0 as late,
                               0 as rated, 0 as stars
                          from dossier where unit_id in (:units) and received_at >= :start and received_at < :end
                        union all
                        select unit_id, 0, 1,
                               case when extract(epoch from returned_at) < extract(epoch from due_date) + :dueDayEnds
                                    then 1 else 0 end,
                               0, 0, case when rating is null then 0 else 1 end, coalesce(rating, 0)
                          from dossier where unit_id in (:units) and state = 'RETURNED'
                                         and returned_at >= :start and returned_at < :end
                        union all
                        select unit_id, 0, 0, 0, 1, 0, 0, 0
                          from dossier where unit_id in (:units)
                                         and apology_issued_at >= :start and apology_issued_at < :end
                        union all
                        select unit_id, 0, 0, 0, 0, 1, 0, 0
                          from dossier where unit_id in (:units) and state in ('RECEIVED', 'IN_PROGRESS')
                                         and due_date < :today) d
                 group by unit_id""", unitIds, 7,
                q -> q.param("start", period.start()).param("end", period.end()).param("today", today)
                        .param("dueDayEnds", dueDayEnds(period)));
        Map<Long, List<IndicatorValue>> values = new LinkedHashMap<>();
        for (long unit : unitIds) {
            long returned = counted.get(unit, 1);
            long onTime = counted.get(unit, 2);
            String list = "/dossiers?unitId=" + unit;
            values.put(unit, List.of(new IndicatorValue(RECEIVED, BigDecimal.valueOf(counted.get(unit, 0)), list),
                    new IndicatorValue(RETURNED, BigDecimal.valueOf(returned), list + "&state=RETURNED"),
                    new IndicatorValue(RETURNED_ON_TIME, BigDecimal.valueOf(onTime), list + "&state=RETURNED"),
                    new IndicatorValue(ON_TIME_RATE, Rates.percent(onTime, returned), list + "&state=RETURNED"),
                    new IndicatorValue(LATE, BigDecimal.valueOf(counted.get(unit, 4)), list + "&late=true"),
                    new IndicatorValue(APOLOGIES, BigDecimal.valueOf(counted.get(unit, 3)), list),
                    new IndicatorValue(SATISFACTION, Rates.mean(counted.get(unit, 6), counted.get(unit, 5), 2),
                            list + "&state=RETURNED")));
        }
        return values;
    }

    /**
     * {@link DossierRules#onTime} in SQL: returned on or before the appointment date, in Asia/Ho_Chi_Minh, is
     * returned before the end of that day there, that is {@code extract(epoch from due_date)} (the date's midnight
     * as if in UTC, on both databases) plus a day less the zone's offset. Vietnam has kept +07:00 since 1975; the
     * offset is the zone's at the start of the period.
     */
    static int dueDayEnds(IndicatorPeriod period) {
        return 86_400 - period.start().getOffset().getTotalSeconds();
    }
}
