package vn.danvan.commendation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorProvider;
import vn.danvan.shared.indicator.IndicatorValue;

/** Every indicator provider, read through the shared contract only: a new module's indicators appear by themselves. */
@Component
class IndicatorSource {

    private static final Logger log = LoggerFactory.getLogger(IndicatorSource.class);

    private final List<IndicatorProvider> providers;

    IndicatorSource(List<IndicatorProvider> providers) {
        this.providers = providers;
    }

    /** The known indicators by code, in provider order. */
    Map<String, IndicatorDefinition> definitions() {
        Map<String, IndicatorDefinition> all = new LinkedHashMap<>();
        providers.forEach(p -> p.definitions().forEach(d -> all.putIfAbsent(d.code(), d)));
        return all;
    }

    /** A unit's figures by code; a provider that fails leaves its figures out (logged) rather than stop the ranking. */
    Map<String, IndicatorValue> values(long unitId, LocalDate from, LocalDate to) {
        Map<String, IndicatorValue> values = new LinkedHashMap<>();
        for (IndicatorProvider provider : providers) {
            try {
                provider.values(unitId, from, to).forEach(v -> values.putIfAbsent(v.code(), v));
            } catch (RuntimeException e) {
                log.warn("Indicator provider {} failed for unit {}", provider.getClass().getSimpleName(), unitId, e);
            }
        }
        return values;
    }
}
