package vn.danvan.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorProvider;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * Every indicator that the modules offer, read through the shared contract only: a new module's
 * provider bean shows up here without a change to reporting.
 */
@Component
class IndicatorCatalogue {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Logger log = LoggerFactory.getLogger(IndicatorCatalogue.class);

    private final List<IndicatorProvider> providers;
    private final MessageSource messages;

    IndicatorCatalogue(List<IndicatorProvider> providers, MessageSource messages) {
        this.providers = providers;
        this.messages = messages;
    }

    /** The offered indicators by code, in provider order. */
    Map<String, IndicatorDefinition> definitions() {
        Map<String, IndicatorDefinition> all = new LinkedHashMap<>();
        providers.forEach(p -> p.definitions().forEach(d -> all.putIfAbsent(d.code(), d)));
        return all;
    }

    /** The label of an offered indicator, in Vietnamese (what a template stores). */
    String label(IndicatorDefinition d) {
        return messages.getMessage(d.labelKey(), null, d.code(), VIETNAMESE);
    }

    /**
     * The figures of the given codes for a unit and days; a provider that fails leaves its figures
     * out (logged) rather than stop the report.
     */
    List<IndicatorValue> values(long unitId, LocalDate from, LocalDate to, Set<String> codes) {
        List<IndicatorValue> values = new ArrayList<>();
        for (IndicatorProvider provider : providers) {
            if (provider.definitions().stream().noneMatch(d -> codes.contains(d.code()))) {
                continue;
            }
            try {
                provider.values(unitId, from, to).stream().filter(v -> codes.contains(v.code())).forEach(values::add);
            } catch (RuntimeException e) {
                log.warn("Indicator provider {} failed for unit {}", provider.getClass().getSimpleName(), unitId, e);
            }
        }
        return values;
    }
}
