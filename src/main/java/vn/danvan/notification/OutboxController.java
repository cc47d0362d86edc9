package vn.danvan.notification;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.audit.AuditService;
import vn.danvan.jobs.LongWorkService;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.PageQuery;

/** The mail outbox for administrators: what was sent, what waits, what failed; read and export only. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OutboxController {

    static final String LIST = "notification/outbox";
    static final String MAIL = "notification/outboxMail";
    static final String WAITING = "notification/waiting";

    static final String ENTITY = "MailOutbox";

    /** How many waiting notices the outbox screen lists. */
    static final int WAITING_SHOWN = 100;

    private final WaitingNotices waiting;
    private final MailOutbox outbox;
    private final MailDelivery delivery;
    private final MessageSource messages;
    private final AuditService audit;

    private final OutboxExport exports;
    private final LongWorkService longWork;

    OutboxController(MailOutbox outbox, MailDelivery delivery, MessageSource messages, AuditService audit,
            WaitingNotices waiting, OutboxExport exports, LongWorkService longWork) {
        this.exports = exports;
        this.longWork = longWork;
        this.audit = audit;
        this.waiting = waiting;
        this.outbox = outbox;
        this.delivery = delivery;
        this.messages = messages;
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(required = false) MailStatus status, @RequestParam(required = false) String q,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            PageQuery page, Model model) {
        var filter = new MailOutbox.Filter(status, q, from, to);
        model.addAttribute("page", outbox.page(filter, page));
        model.addAttribute("filter", filter);
        model.addAttribute("statusChoices", Choice.ofEnum(MailStatus::messageKey, MailStatus.values()));
        model.addAttribute("smtpConfigured", delivery.smtpConfigured());
        model.addAttribute("waitingNotices", waiting.list(WAITING_SHOWN));
        model.addAttribute("waitingCount", waiting.count());
        return LIST;
    }

    /** The topic chooser of the waiting notices' list, as shown. */
    record WaitingFilter(String topic) {
    }

    /** Every waiting notice, a page at a time, by topic. */
    @GetMapping("/admin/outbox/waiting")
    String waiting(@RequestParam(required = false) String topic, PageQuery page, Model model) {
        String shown = TypedText.of(topic);
        model.addAttribute("filter", new WaitingFilter(shown));
        model.addAttribute("page", waiting.page(shown, page));
        model.addAttribute("topicChoices", waiting.topics().stream().map(t -> Choice.of(t,
                messages.getMessage("notification.topic." + t, null, t, LocaleContextHolder.getLocale()))).toList());
        return WAITING;
    }

    @GetMapping("/admin/outbox/{id}")
    String mail(@PathVariable long id, Model model) {
        OutboxMail mail = outbox.find(id).orElseThrow(() -> new NotFoundException("mail", id));
        audit.viewedPersonalData(ENTITY, id, null);
        model.addAttribute("mail", mail);
        model.addAttribute("bodyLines", mail.body().split("\r?\n", -1));
        return MAIL;
    }

    /** Every mail the filter finds: the file at once up to the export threshold, above it a background job. */
    @GetMapping("/admin/outbox/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) MailStatus status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "xlsx") String format) {
        return exports.export(OutboxExport.params(new MailOutbox.Filter(status, q, from, to)), format, longWork);
    }

}
