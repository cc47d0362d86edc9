package vn.danvan.audit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.jobs.LongWorkService;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.PageQuery;

/** The audit log for administrators and Home Affairs: read and export only, nothing edits it. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'HOME_AFFAIRS')")
class AuditController {

    static final String VIEW = "audit/log";

    private final AuditQuery query;
    private final AuditExport exports;
    private final LongWorkService longWork;
    private final AuditNames names;

    AuditController(AuditQuery query, AuditExport exports, LongWorkService longWork, AuditNames names) {
        this.query = query;
        this.exports = exports;
        this.longWork = longWork;
        this.names = names;
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
        model.addAttribute("entityTypeChoices", Choice.of(query.entityTypes(), t -> t, names::entity));
        model.addAttribute("auditNames", names);
        return VIEW;
    }

    /** Every line the filter finds: the file at once up to the export threshold, above it a background job. */
    @GetMapping("/audit/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "xlsx") String format) {
        return exports.export(AuditExport.params(new AuditQuery.Filter(actor, entityType, entityId, from, to)), format,
                longWork);
    }

}
