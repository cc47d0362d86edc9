package vn.danvan.dossier;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.danvan.shared.indicator.IndicatorPeriod;
import vn.danvan.shared.indicator.UnitCounts;
import vn.danvan.shared.indicator.Rates;
import java.util.HashMap;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.shared.DanVanTime;
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
                select unit_id,
                       coalesce(sum(case when received_at >= :start and received_at < :end then 1 else 0 end), 0),
                       coalesce(sum(case when apology_issued_at >= :start and apology_issued_at < :end
                           then 1 else 0 end), 0),
                       coalesce(sum(case when state in ('RECEIVED', 'IN_PROGRESS') and due_date < :today
                           then 1 else 0 end), 0)
                  from dossier where unit_id in (:units) group by unit_id""", unitIds, 3,
                q -> q.param("start", period.start()).param("end", period.end()).param("today", today));
        Map<Long, long[]> returnedOf = new HashMap<>(); // returned, on time, rated, stars
        if (!unitIds.isEmpty()) {
            jdbc.sql("""
                    select unit_id, returned_at, due_date, rating from dossier
                     where unit_id in (:units) and state = 'RETURNED' and returned_at >= :start and returned_at < :end""")
                    .param("units", unitIds).param("start", period.start()).param("end", period.end()).query(rs -> {
                        long[] r = returnedOf.computeIfAbsent(rs.getLong("unit_id"), u -> new long[4]);
                        r[0]++;
                        LocalDate day = rs.getObject("returned_at", OffsetDateTime.class)
                                .atZoneSameInstant(DanVanTime.ZONE).toLocalDate();
                        if (DossierRules.onTime(day, rs.getObject("due_date", LocalDate.class))) {
                            r[1]++;
                        }
                        Object rating = rs.getObject("rating");
                        if (rating != null) {
                            r[2]++;
                            r[3] += ((Number) rating).longValue();
                        }
                    });
        }
        Map<Long, List<IndicatorValue>> values = new LinkedHashMap<>();
        for (long unit : unitIds) {
            long[] r = returnedOf.getOrDefault(unit, new long[4]);
            String list = "/dossiers?unitId=" + unit;
            values.put(unit, List.of(new IndicatorValue(RECEIVED, BigDecimal.valueOf(counted.get(unit, 0)), list),
                    new IndicatorValue(RETURNED, BigDecimal.valueOf(r[0]), list + "&state=RETURNED"),
                    new IndicatorValue(RETURNED_ON_TIME, BigDecimal.valueOf(r[1]), list + "&state=RETURNED"),
                    new IndicatorValue(ON_TIME_RATE, Rates.percent(r[1], r[0]), list + "&state=RETURNED"),
                    new IndicatorValue(LATE, BigDecimal.valueOf(counted.get(unit, 2)), list + "&late=true"),
                    new IndicatorValue(APOLOGIES, BigDecimal.valueOf(counted.get(unit, 1)), list),
                    new IndicatorValue(SATISFACTION, Rates.mean(r[3], r[2], 2), list + "&state=RETURNED")));
        }
        return values;
    }
}
