package vn.danvan.shared.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.context.i18n.LocaleContextHolder;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.indicator.IndicatorFormat;
import vn.danvan.shared.indicator.IndicatorKind;

/**
 * How templates show dates and times, as {@code #dv} (see {@link DisplayDialect}):
 * {@code ${#dv.date(petition.answerDue())}} gives "05/04/2018", {@code ${#dv.dateTime(step.at())}}
 * "05/04/2018 14:30" in Vietnam's time whatever zone the value carries. One formatter each, made
 * once, instead of a pattern parsed on every call.
 */
final class DisplayFormats {

    static final DisplayFormats INSTANCE = new DisplayFormats();
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private DisplayFormats() {
    }

    /** dd/MM/yyyy; an instant is taken on Vietnam's calendar. Null gives null (nothing shown). */
    public String date(TemporalAccessor value) {
        return format(value, DanVanTime.DATE);
    }

    /** dd/MM/yyyy HH:mm in Vietnam's time. */
    public String dateTime(TemporalAccessor value) {
        return format(value, DanVanTime.DATE_TIME);
    }

    /** dd/MM/yyyy HH:mm:ss in Vietnam's time, for logs such as the audit. */
    public String dateTimeSeconds(TemporalAccessor value) {
        return format(value, SECONDS);
    }

    /**
     * An indicator's figure as its kind is written ({@link IndicatorFormat}) in the page's language:
     * {@code ${#dv.figure(indicator.kind(), value)}} gives "1.234", "87,5%"; "-" when there is none.
     */
    public String figure(IndicatorKind kind, BigDecimal value) {
        return IndicatorFormat.number(kind, value, LocaleContextHolder.getLocale());
    }

    /**
     * The anchor of a form field's block, "f-news-reason": the error summary at the top of a form links to
     * it, whatever id the control itself carries.
     */
    public String anchor(String labels, String field) {
        return ("f-" + (labels == null ? "" : labels) + "-" + field).replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static String format(TemporalAccessor value, DateTimeFormatter formatter) {
        if (value == null) {
            return null;
        }
        TemporalAccessor local = value;
        if (value instanceof OffsetDateTime t) {
            local = t.atZoneSameInstant(DanVanTime.ZONE);
        } else if (value instanceof ZonedDateTime t) {
            local = t.withZoneSameInstant(DanVanTime.ZONE);
        } else if (value instanceof Instant t) {
            local = t.atZone(DanVanTime.ZONE);
        }
        return formatter.format(local);
    }
}
