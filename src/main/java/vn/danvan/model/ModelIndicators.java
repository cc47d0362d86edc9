package vn.danvan.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.danvan.shared.indicator.IndicatorPeriod;
import vn.danvan.shared.indicator.UnitCounts;
import vn.danvan.shared.indicator.Rates;
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
class ModelIndicators implements IndicatorProvider {

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
    public Map<Long, List<IndicatorValue>> values(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        IndicatorPeriod period = new IndicatorPeriod(from, to);
        UnitCounts registered = UnitCounts.of(jdbc, """
                select unit_id, count(*) from model_entry where unit_id in (:units) and kind = 'MODEL'
                   and submitted_at >= :from and submitted_at < :to group by unit_id""", unitIds, 1,
                q -> q.param("from", period.start()).param("to", period.end()));
        UnitCounts recognised = UnitCounts.of(jdbc, """
                select unit_id,
                       coalesce(sum(case when kind = 'MODEL' then 1 else 0 end), 0),
                       coalesce(sum(case when kind = 'PERSON' then 1 else 0 end), 0)
                  from model_entry where unit_id in (:units) and status = 'RECOGNISED'
                   and evaluated_at >= :from and evaluated_at < :to group by unit_id""", unitIds, 2,
                q -> q.param("from", period.start()).param("to", period.end()));
        Map<Long, List<IndicatorValue>> values = new LinkedHashMap<>();
        for (long unit : unitIds) {
            values.put(unit, List.of(new IndicatorValue(REGISTERED, BigDecimal.valueOf(registered.get(unit)), LINK),
                    new IndicatorValue(RECOGNISED, BigDecimal.valueOf(recognised.get(unit, 0)), LINK),
                    new IndicatorValue(PEOPLE_RECOGNISED, BigDecimal.valueOf(recognised.get(unit, 1)), LINK)));
        }
        return values;
    }
}
