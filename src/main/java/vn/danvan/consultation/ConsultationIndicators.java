package vn.danvan.consultation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.danvan.shared.indicator.IndicatorPeriod;
import vn.danvan.shared.indicator.UnitCounts;
import vn.danvan.shared.indicator.Rates;
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
class ConsultationIndicators implements IndicatorProvider {

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
    public Map<Long, List<IndicatorValue>> values(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        IndicatorPeriod period = new IndicatorPeriod(from, to);
        UnitCounts opened = UnitCounts.of(jdbc, """
                select unit_id, count(*) from consultation
                 where unit_id in (:units) and opened_at >= :from and opened_at < :to group by unit_id""",
                unitIds, 1, q -> q.param("from", period.start()).param("to", period.end()));
        UnitCounts closed = UnitCounts.of(jdbc, """
                select c.unit_id, coalesce(sum(c.households_in_scope), 0) as scope,
                       coalesce(sum((select sum(s.participated) from consultation_scope s
                                      where s.consultation_id = c.id)), 0) as took_part
                  from consultation c
                 where c.unit_id in (:units) and c.closed_at >= :from and c.closed_at < :to group by c.unit_id""",
                unitIds, 2, q -> q.param("from", period.start()).param("to", period.end()));
        UnitCounts findings = UnitCounts.of(jdbc, """
                select c.unit_id, count(*) from consultation_finding f join consultation c on c.id = f.consultation_id
                 where c.unit_id in (:units) and f.found_on between :from and :to group by c.unit_id""",
                unitIds, 1, q -> q.param("from", from).param("to", to));
        Map<Long, List<IndicatorValue>> values = new LinkedHashMap<>();
        for (long unit : unitIds) {
            values.put(unit, List.of(new IndicatorValue(OPENED, BigDecimal.valueOf(opened.get(unit)), LINK),
                    new IndicatorValue(PARTICIPATION, ConsultationViews.percent(closed.get(unit, 1), closed.get(unit, 0)),
                            LINK),
                    new IndicatorValue(BOARD_FINDINGS, BigDecimal.valueOf(findings.get(unit)), LINK)));
        }
        return values;
    }
}
