package vn.danvan.dossier;

import java.math.BigDecimal;
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
public class DossierIndicators implements IndicatorProvider {

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
    public List<IndicatorValue> values(long unitId, LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        long received = count("received_at >= :start and received_at < :end", unitId, start, end);
        long apologies = count("apology_issued_at >= :start and apology_issued_at < :end", unitId, start, end);
        long returned = 0;
        long onTime = 0;
        long rated = 0;
        long stars = 0;
        for (Object[] r : jdbc.sql("""
                select returned_at, due_date, rating from dossier
                 where unit_id = :unit and state = 'RETURNED' and returned_at >= :start and returned_at < :end""")
                .param("unit", unitId).param("start", start).param("end", end)
                .query((rs, i) -> new Object[] {rs.getObject("returned_at", OffsetDateTime.class),
                    rs.getObject("due_date", LocalDate.class), rs.getObject("rating")}).list()) {
            returned++;
            LocalDate day = ((OffsetDateTime) r[0]).atZoneSameInstant(DanVanTime.ZONE).toLocalDate();
            if (DossierRules.onTime(day, (LocalDate) r[1])) {
                onTime++;
            }
            if (r[2] != null) {
                rated++;
                stars += ((Number) r[2]).longValue();
            }
        }
        long late = jdbc.sql("""
                select count(*) from dossier where unit_id = :unit
                   and state in ('RECEIVED', 'IN_PROGRESS') and due_date < :today""")
                .param("unit", unitId).param("today", today).query(Long.class).single();
        BigDecimal rate = returned == 0 ? null
                : BigDecimal.valueOf(onTime * 100).divide(BigDecimal.valueOf(returned), 1, RoundingMode.HALF_UP);
        BigDecimal satisfaction = rated == 0 ? null
                : BigDecimal.valueOf(stars).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP);
        String list = "/dossiers?unitId=" + unitId;
        return List.of(new IndicatorValue(RECEIVED, BigDecimal.valueOf(received), list),
                new IndicatorValue(RETURNED, BigDecimal.valueOf(returned), list + "&state=RETURNED"),
                new IndicatorValue(RETURNED_ON_TIME, BigDecimal.valueOf(onTime), list + "&state=RETURNED"),
                new IndicatorValue(ON_TIME_RATE, rate, list + "&state=RETURNED"),
                new IndicatorValue(LATE, BigDecimal.valueOf(late), list + "&late=true"),
                new IndicatorValue(APOLOGIES, BigDecimal.valueOf(apologies), list),
                new IndicatorValue(SATISFACTION, satisfaction, list + "&state=RETURNED"));
    }

    private long count(String condition, long unitId, OffsetDateTime start, OffsetDateTime end) {
        return jdbc.sql("select count(*) from dossier where unit_id = :unit and " + condition).param("unit", unitId)
                .param("start", start).param("end", end).query(Long.class).single();
    }
}
