package vn.danvan.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.PageQuery;
import vn.danvan.shared.web.TableExport;

/** The audit log for administrators and Home Affairs: read and export only, nothing edits it. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'HOME_AFFAIRS')")
class AuditController {

    static final String VIEW = "audit/log";
    private static final int EXPORT_LIMIT = 10_000;

    private final AuditQuery query;
    private final MessageSource messages;

    AuditController(AuditQuery query, MessageSource messages) {
        this.query = query;
        this.messages = messages;
    }

    @GetMapping("/audit")
    String log(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            PageQuery page, Model model) {
        var filter = new AuditQuery.Filter(actor, entityType, entityId, from, to);
        model.addAttribute("page", query.page(filter, page));
        model.addAttribute("filter", filter);
        model.addAttribute("entityTypeChoices", Choice.of(query.entityTypes(), t -> t, t -> t));
        return VIEW;
    }

    @GetMapping("/audit/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "xlsx") String format) {
        var locale = LocaleContextHolder.getLocale();
        List<String> header = TableExport.header(messages, "audit.when", "audit.actor", "audit.unit", "audit.entity", "audit.entityId", "audit.action", "audit.field", "audit.before", "audit.after", "audit.client");
        List<List<Object>> rows = new ArrayList<>();
        for (AuditEntryView e : query.find(new AuditQuery.Filter(actor, entityType, entityId, from, to), 0,
                EXPORT_LIMIT)) {
            String when = e.occurredAt().atZoneSameInstant(DanVanTime.ZONE).format(DanVanTime.DATE_TIME);
            String action = messages.getMessage("audit.action." + e.action(), null, locale);
            if (e.changes().isEmpty()) {
                rows.add(row(when, e, action, null));
            }
            for (var c : e.changes()) {
                rows.add(row(when, e, action, c));
            }
        }
        return TableExport.of(format, "nhat-ky", header, rows);
    }

    private static List<Object> row(String when, AuditEntryView e, String action, AuditEntryView.Change c) {
        var row = new ArrayList<Object>();
        row.add(when);
        row.add(e.actor());
        row.add(e.unitId());
        row.add(e.entityType());
        row.add(e.entityId());
        row.add(action);
        row.add(c == null ? null : c.field());
        row.add(c == null ? null : c.before());
        row.add(c == null ? null : c.after());
        row.add(e.clientAddress());
        return row;
    }
}
