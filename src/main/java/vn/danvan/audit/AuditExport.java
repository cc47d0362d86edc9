package vn.danvan.audit;

import java.util.ArrayList;
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
 * The audit log's export, one line per change: every entry the filter finds, newest first, read with a
 * streaming cursor; above the export threshold a background job ({@link #KIND}), for its owner only.
 */
@Component
class AuditExport extends ExportJob {

    static final String KIND = "audit-export";

    private final AuditQuery query;
    private final MessageSource messages;
    private final AuditNames names;

    AuditExport(AuditQuery query, MessageSource messages, AuditNames names) {
        this.query = query;
        this.messages = messages;
        this.names = names;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected String fileName() {
        return "nhat-ky";
    }

    @Override
    protected String titleKey() {
        return "audit.export.jobTitle";
    }

    @Override
    protected List<String> header() {
        return TableExport.header(messages, "audit.when", "audit.actor", "audit.unit", "audit.entity",
                "audit.entityId", "audit.action", "audit.field", "audit.before", "audit.after", "audit.client");
    }

    @Override
    protected long count(Map<String, String> params) {
        return query.exportCount(filter(params));
    }

    @Override
    protected void rows(Map<String, String> params, Consumer<List<?>> row) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<AuditAction, String> actions = new EnumMap<>(AuditAction.class);
        for (AuditAction a : AuditAction.values()) {
            actions.put(a, messages.getMessage("audit.action." + a, null, locale));
        }
        query.exportRows(filter(params), (e, c) -> {
            var values = new ArrayList<Object>(10);
            values.add(e.occurredAt().atZoneSameInstant(DanVanTime.ZONE).format(DanVanTime.DATE_TIME));
            values.add(e.actor());
            values.add(e.unitId());
            values.add(names.entity(e.entityType()));
            values.add(e.entityId());
            values.add(actions.get(e.action()));
            values.add(c == null ? null : names.field(e.entityType(), c.field()));
            values.add(c == null ? null : names.value(e.entityType(), c.field(), c.before()));
            values.add(c == null ? null : names.value(e.entityType(), c.field(), c.after()));
            values.add(e.clientAddress());
            row.accept(values);
        });
    }

    static Map<String, Object> params(AuditQuery.Filter f) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("actor", f.actor());
        p.put("entityType", f.entityType());
        p.put("entityId", f.entityId());
        p.put("from", f.from());
        p.put("to", f.to());
        return p;
    }

    private static AuditQuery.Filter filter(Map<String, String> p) {
        return new AuditQuery.Filter(p.get("actor"), p.get("entityType"), p.get("entityId"), dateParam(p, "from"),
                dateParam(p, "to"));
    }
}
