package vn.danvan.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorReader;

/**
 * The audit log in words a reader knows: the Vietnamese name of a kind of record ({@code audit.entity.<type>}), of
 * a field ({@code audit.field.<type>.<field>}, else {@code audit.field.<field>}) and of a value. A value is named
 * through the labels its own module already has: {@code audit.values.<type>.<field>} names the message prefix of
 * that field's values (e.g. {@code petition.status}), else {@code audit.value.<value>} for the common words (yes,
 * no); dates read dd/MM/yyyy; a field named by an indicator's code (a commendation round's weights) reads as the
 * indicator. What has no name is shown as stored, so no entry is ever hidden.
 */
@Component
public class AuditNames {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");

    private final MessageSource messages;
    private final ObjectProvider<IndicatorReader> indicators;

    AuditNames(MessageSource messages, ObjectProvider<IndicatorReader> indicators) {
        this.messages = messages;
        this.indicators = indicators;
    }

    /** The name of a kind of record, e.g. "Phản ánh, kiến nghị" for {@code Petition}. */
    public String entity(String type) {
        return message("audit.entity." + type, type);
    }

    /** The name of a record's field. */
    public String field(String type, String field) {
        if (field == null) {
            return null;
        }
        String named = message("audit.field." + type + "." + field, message("audit.field." + field, null));
        if (named != null) {
            return named;
        }
        // a commendation round's weights are recorded by indicator code: named as the indicator is
        IndicatorReader reader = indicators.getIfAvailable();
        IndicatorDefinition indicator = reader == null ? null : reader.definitions().get(field);
        return indicator != null ? message(indicator.labelKey(), field) : field;
    }

    /** A stored value as a reader knows it: its label, a date as dd/MM/yyyy, else the value as stored. */
    public String value(String type, String field, String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        if (DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value).format(DanVanTime.DATE);
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        if (DATE_TIME.matcher(value).matches()) {
            try {
                return OffsetDateTime.parse(value).atZoneSameInstant(DanVanTime.ZONE).format(DanVanTime.DATE_TIME);
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        if (!WORD.matcher(value).matches()) {
            return value;
        }
        String prefix = message("audit.values." + type + "." + field, null);
        if (prefix == null) {
            prefix = message("audit.values." + field, null);
        }
        String named = prefix == null ? null : message(prefix + "." + value, null);
        return named != null ? named : message("audit.value." + value, value);
    }

    private String message(String key, String otherwise) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, otherwise, locale);
    }
}
