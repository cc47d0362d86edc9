package vn.danvan.consultation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.indicator.IndicatorProvider;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * The consultation figures of a commune for a period (clause 1d, "dân bàn, dân kiểm tra"): the
 * consultations it opened in the period, and of those it closed in the period, the households that
 * took part out of all households in scope, in per cent; and the People's Inspection Board's findings
 * reported in the period ("dân kiểm tra").
 */
@Component
public class ConsultationIndicators implements IndicatorProvider {

    public static final String OPENED = "consultation.opened";
    public static final String PARTICIPATION = "consultation.participation";
    public static final String BOARD_FINDINGS = "consultation.boardFindings";

    private static final String CLAUSE = "1d";
    private static final String LINK = "/consultations";
    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(OPENED, "consultation.indicator.opened", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(PARTICIPATION, "consultation.indicator.participation", IndicatorKind.PERCENT,
                    CLAUSE),
            new IndicatorDefinition(BOARD_FINDINGS, "consultation.indicator.boardFindings", IndicatorKind.COUNT,
                    CLAUSE));

    private final JdbcClient jdbc;

    ConsultationIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }

    @Override
    public List<IndicatorValue> values(long unitId, LocalDate from, LocalDate to) {
        ZoneId zone = DanVanTime.ZONE;
        var start = from.atStartOfDay(zone).toOffsetDateTime();
        var end = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        long opened = jdbc.sql("""
                select count(*) from consultation
                 where unit_id = :unit and opened_at >= :from and opened_at < :to""")
                .param("unit", unitId).param("from", start).param("to", end).query(Long.class).single();
        long[] closed = jdbc.sql("""
                select coalesce(sum(c.households_in_scope), 0) as scope,
                       coalesce(sum((select sum(s.participated) from consultation_scope s
                                      where s.consultation_id = c.id)), 0) as took_part
                  from consultation c
                 where c.unit_id = :unit and c.closed_at >= :from and c.closed_at < :to""")
                .param("unit", unitId).param("from", start).param("to", end)
                .query((rs, n) -> new long[] {rs.getLong("scope"), rs.getLong("took_part")}).single();
        BigDecimal rate = ConsultationViews.percent(closed[1], closed[0]);
        long findings = jdbc.sql("""
                select count(*) from consultation_finding f join consultation c on c.id = f.consultation_id
                 where c.unit_id = :unit and f.found_on between :from and :to""")
                .param("unit", unitId).param("from", from).param("to", to).query(Long.class).single();
        return List.of(new IndicatorValue(OPENED, BigDecimal.valueOf(opened), LINK),
                new IndicatorValue(PARTICIPATION, rate, LINK),
                new IndicatorValue(BOARD_FINDINGS, BigDecimal.valueOf(findings), LINK));
    }
}
