package vn.danvan.news;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.danvan.shared.indicator.IndicatorPeriod;
import vn.danvan.shared.indicator.UnitCounts;
import vn.danvan.shared.indicator.Rates;
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
 * The news figure of a unit for a period (clause 2, spreading good models): the stories its staff wrote
 * that were published in the period and are still on the portal (a withdrawn story does not count).
 */
@Component
class NewsIndicators implements IndicatorProvider {

    public static final String PUBLISHED = "news.published";

    private static final String CLAUSE = "2";
    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(PUBLISHED, "news.indicator.published", IndicatorKind.COUNT, CLAUSE));

    private final JdbcClient jdbc;

    NewsIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }


    @Override
    public Map<Long, List<IndicatorValue>> values(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        IndicatorPeriod period = new IndicatorPeriod(from, to);
        UnitCounts published = UnitCounts.of(jdbc, """
                select author_unit_id, count(*) from news
                 where author_unit_id in (:units) and status = 'PUBLISHED' and published_at >= :from and published_at < :to
                 group by author_unit_id""", unitIds, 1, q -> q.param("from", period.start()).param("to", period.end()));
        Map<Long, List<IndicatorValue>> values = new LinkedHashMap<>();
        for (long unit : unitIds) {
            values.put(unit, List.of(new IndicatorValue(PUBLISHED, BigDecimal.valueOf(published.get(unit)), "/news")));
        }
        return values;
    }
}
