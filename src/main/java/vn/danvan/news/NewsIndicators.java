package vn.danvan.news;

import java.math.BigDecimal;
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
public class NewsIndicators implements IndicatorProvider {

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
    public List<IndicatorValue> values(long unitId, LocalDate from, LocalDate to) {
        var start = from.atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
        var end = to.plusDays(1).atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
        long published = jdbc.sql("""
                select count(*) from news
                 where author_unit_id = :unit and status = 'PUBLISHED' and published_at >= :from and published_at < :to""")
                .param("unit", unitId).param("from", start).param("to", end).query(Long.class).single();
        return List.of(new IndicatorValue(PUBLISHED, BigDecimal.valueOf(published), "/news"));
    }
}
