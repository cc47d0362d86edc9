package vn.danvan.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.indicator.IndicatorProvider;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * The "Dân vận khéo" figures of a unit for a period (clause 1b): models registered (submitted in the
 * period), models recognised and exemplary people recognised (evaluated in the period). Nothing here
 * is ever late, so none is shown at a glance.
 */
@Component
public class ModelIndicators implements IndicatorProvider {

    public static final String REGISTERED = "model.registered";
    public static final String RECOGNISED = "model.recognised";
    public static final String PEOPLE_RECOGNISED = "model.peopleRecognised";

    private static final String CLAUSE = "1b";
    private static final String LINK = "/models";
    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(REGISTERED, "model.indicator.registered", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(RECOGNISED, "model.indicator.recognised", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(PEOPLE_RECOGNISED, "model.indicator.peopleRecognised", IndicatorKind.COUNT,
                    CLAUSE));

    private final JdbcClient jdbc;

    ModelIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }

    @Override
    public List<IndicatorValue> values(long unitId, LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
        long registered = count("""
                select count(*) from model_entry where unit_id = :unit and kind = 'MODEL'
                   and submitted_at >= :from and submitted_at < :to""", unitId, start, end);
        long recognised = count("""
                select count(*) from model_entry where unit_id = :unit and kind = 'MODEL' and status = 'RECOGNISED'
                   and evaluated_at >= :from and evaluated_at < :to""", unitId, start, end);
        long people = count("""
                select count(*) from model_entry where unit_id = :unit and kind = 'PERSON' and status = 'RECOGNISED'
                   and evaluated_at >= :from and evaluated_at < :to""", unitId, start, end);
        return List.of(new IndicatorValue(REGISTERED, BigDecimal.valueOf(registered), LINK),
                new IndicatorValue(RECOGNISED, BigDecimal.valueOf(recognised), LINK),
                new IndicatorValue(PEOPLE_RECOGNISED, BigDecimal.valueOf(people), LINK));
    }

    private long count(String sql, long unitId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql(sql).param("unit", unitId).param("from", from).param("to", to).query(Long.class).single();
    }
}
