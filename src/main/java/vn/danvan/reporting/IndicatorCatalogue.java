package vn.danvan.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorReader;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * Reporting's view of the indicators: what {@link IndicatorReader} reads (every provider, with its
 * failure guard), with the Vietnamese label a template stores.
 */
@Component
class IndicatorCatalogue {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final IndicatorReader reader;
    private final MessageSource messages;

    IndicatorCatalogue(IndicatorReader reader, MessageSource messages) {
        this.reader = reader;
        this.messages = messages;
    }

    /** The offered indicators by code, in provider order. */
    Map<String, IndicatorDefinition> definitions() {
        return reader.definitions();
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
        return List.copyOf(reader.values(unitId, from, to, d -> codes.contains(d.code())).values());
    }
}
