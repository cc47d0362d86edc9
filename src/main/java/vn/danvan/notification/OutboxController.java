package vn.danvan.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.PageQuery;
import vn.danvan.shared.web.TableExport;

/** The mail outbox for administrators: what was sent, what waits, what failed; read and export only. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OutboxController {

    static final String LIST = "notification/outbox";
    static final String MAIL = "notification/outboxMail";
    private static final int EXPORT_LIMIT = 10_000;

    static final String ENTITY = "MailOutbox";

    /** How many waiting notices the outbox screen lists. */
    static final int WAITING_SHOWN = 100;

    private final WaitingNotices waiting;
    private final MailOutbox outbox;
    private final MailDelivery delivery;
    private final MessageSource messages;
    private final AuditService audit;

    OutboxController(MailOutbox outbox, MailDelivery delivery, MessageSource messages, AuditService audit,
            WaitingNotices waiting) {
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

    @GetMapping("/admin/outbox/{id}")
    String mail(@PathVariable long id, Model model) {
        OutboxMail mail = outbox.find(id).orElseThrow(() -> new NotFoundException("mail", id));
        audit.viewedPersonalData(ENTITY, id, null);
        model.addAttribute("mail", mail);
        model.addAttribute("bodyLines", mail.body().split("\r?\n", -1));
        return MAIL;
    }

    @GetMapping("/admin/outbox/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) MailStatus status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "xlsx") String format) {
        var locale = LocaleContextHolder.getLocale();
        List<String> header = TableExport.header(messages, "notification.mail.id", "notification.mail.createdAt",
                "notification.mail.recipient", "notification.mail.subject", "notification.mail.reference",
                "notification.mail.status", "notification.mail.attempts", "notification.mail.sentAt",
                "notification.mail.lastError");
        List<List<Object>> rows = new ArrayList<>();
        for (OutboxMail m : outbox.find(new MailOutbox.Filter(status, q, from, to), 0, EXPORT_LIMIT)) {
            rows.add(Arrays.asList(m.id(), time(m.createdAt()), m.maskedRecipient(), m.subject(), m.reference(),
                    messages.getMessage(m.status().messageKey(), null, locale), m.attempts(), time(m.sentAt()),
                    m.lastError()));
        }
        return TableExport.of(format, "hop-thu-di", header, rows);
    }

    private static String time(OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(DanVanTime.ZONE).format(DanVanTime.DATE_TIME);
    }
}
