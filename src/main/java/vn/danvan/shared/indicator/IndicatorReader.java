package vn.danvan.shared.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one reader of every indicator provider, used by reporting, the dashboard and commendation: a
 * new module's provider bean shows up in all three without a change to them. A provider that fails
 * is logged and its figures are left out (shown as missing), never the whole page or report.
 */
@Component
public class IndicatorReader {

    private static final Logger log = LoggerFactory.getLogger(IndicatorReader.class);

    private final List<IndicatorProvider> providers;

    public IndicatorReader(List<IndicatorProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The offered indicators by code, in provider order. */
    public Map<String, IndicatorDefinition> definitions() {
        Map<String, IndicatorDefinition> all = new LinkedHashMap<>();
        providers.forEach(p -> p.definitions().forEach(d -> all.putIfAbsent(d.code(), d)));
        return all;
    }

    /** Every unit's figures, by unit and code, for the days {@code from}..{@code to}. */
    public Map<Long, Map<String, IndicatorValue>> values(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return values(unitIds, from, to, d -> true);
    }

    /**
     * The figures of the indicators {@code wanted} accepts, by unit and code, for the days
     * {@code from}..{@code to}: each provider that offers one of them is asked once for all the units.
     * Every given unit has an entry (empty when nothing could be read); a provider that throws leaves
     * its figures out, logged.
     */
    public Map<Long, Map<String, IndicatorValue>> values(Collection<Long> unitIds, LocalDate from, LocalDate to,
            Predicate<IndicatorDefinition> wanted) {
        Map<Long, Map<String, IndicatorValue>> values = new LinkedHashMap<>();
        unitIds.forEach(u -> values.put(u, new LinkedHashMap<>()));
        if (unitIds.isEmpty()) {
            return values;
        }
        for (IndicatorProvider provider : providers) {
            List<String> codes = provider.definitions().stream().filter(wanted).map(IndicatorDefinition::code).toList();
            if (codes.isEmpty()) {
                continue;
            }
            Map<Long, List<IndicatorValue>> found;
            try {
                found = provider.values(unitIds, from, to);
            } catch (RuntimeException e) {
                log.warn("Indicator provider {} failed for {} unit(s) from {} to {}",
                        provider.getClass().getSimpleName(), unitIds.size(), from, to, e);
                continue;
            }
            found.forEach((unit, list) -> {
                Map<String, IndicatorValue> ofUnit = values.get(unit);
                if (ofUnit != null) {
                    list.stream().filter(v -> codes.contains(v.code())).forEach(v -> ofUnit.putIfAbsent(v.code(), v));
                }
            });
        }
        return values;
    }

    /** One unit's figures by code (see {@link #values(Collection, LocalDate, LocalDate, Predicate)}). */
    public Map<String, IndicatorValue> values(long unitId, LocalDate from, LocalDate to,
            Predicate<IndicatorDefinition> wanted) {
        return values(List.of(unitId), from, to, wanted).getOrDefault(unitId, new HashMap<>());
    }
}
