package vn.danvan.notification;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.danvan.jobs.ExportJob;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.TableExport;

/**
 * The mail outbox's export (recipients masked, no bodies): every mail the filter finds, newest first, read with
 * a streaming cursor; above the export threshold a background job ({@link #KIND}), for its owner only.
 */
@Component
class OutboxExport extends ExportJob {

    static final String KIND = "outbox-export";

    private final MailOutbox outbox;
    private final MessageSource messages;

    OutboxExport(MailOutbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected String fileName() {
        return "hop-thu-di";
    }

    @Override
    protected String titleKey() {
        return "notification.outbox.jobTitle";
    }

    @Override
    protected List<String> header() {
        return TableExport.header(messages, "notification.mail.id", "notification.mail.createdAt",
                "notification.mail.recipient", "notification.mail.subject", "notification.mail.reference",
                "notification.mail.status", "notification.mail.attempts", "notification.mail.sentAt",
                "notification.mail.lastError");
    }

    @Override
    protected long count(Map<String, String> params) {
        return outbox.count(filter(params));
    }

    @Override
    protected void rows(Map<String, String> params, Consumer<List<?>> row) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<MailStatus, String> statuses = new EnumMap<>(MailStatus.class);
        for (MailStatus s : MailStatus.values()) {
            statuses.put(s, messages.getMessage(s.messageKey(), null, locale));
        }
        outbox.stream(filter(params), m -> row.accept(Arrays.asList(m.id(), time(m.createdAt()), m.maskedRecipient(),
                m.subject(), m.reference(), statuses.get(m.status()), m.attempts(), time(m.sentAt()), m.lastError())));
    }

    private static String time(OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(DanVanTime.ZONE).format(DanVanTime.DATE_TIME);
    }

    static Map<String, Object> params(MailOutbox.Filter f) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("status", f.status());
        p.put("q", f.q());
        p.put("from", f.from());
        p.put("to", f.to());
        return p;
    }

    private static MailOutbox.Filter filter(Map<String, String> p) {
        return new MailOutbox.Filter(enumParam(p, "status", MailStatus.class), p.get("q"), dateParam(p, "from"),
                dateParam(p, "to"));
    }
}
