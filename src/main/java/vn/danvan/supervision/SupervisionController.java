package vn.danvan.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.web.TableExport;

/** The staff screens: the requests in scope (and their export), the Front's new-request form, one request. */
@Controller
class SupervisionController {

    static final String LIST = "supervision/list";
    static final String FORM = "supervision/form";
    static final String DETAIL = "supervision/detail";

    /** A request in the list with whether one of the units the viewer may see is overdue. */
    record Row(Views.Request request, List<Views.Recipient> recipients, boolean overdue) {

        public String unitNames() {
            return recipients.stream().map(Views.Recipient::unitName).collect(Collectors.joining(", "));
        }
    }

    private final SupervisionRecords records;
    private final Supervision supervision;
    private final SupervisionAccess access;
    private final SupervisionSettings settings;
    private final OrganisationService organisation;
    private final MessageSource messages;

    SupervisionController(SupervisionRecords records, Supervision supervision, SupervisionAccess access,
            SupervisionSettings settings, OrganisationService organisation, MessageSource messages) {
        this.records = records;
        this.supervision = supervision;
        this.access = access;
        this.settings = settings;
        this.organisation = organisation;
        this.messages = messages;
    }

    private List<Row> rows() {
        access.requireUse();
        Map<Long, List<Views.Recipient>> recipients = records.recipientsByRequest();
        List<Row> rows = new ArrayList<>();
        for (Views.Request r : records.requests()) {
            List<Views.Recipient> units = recipients.getOrDefault(r.id(), List.of());
            if (access.canSee(r, units)) {
                rows.add(new Row(r, units, units.stream().anyMatch(Views.Recipient::overdue)));
            }
        }
        return rows;
    }

    @GetMapping("/supervision")
    String list(Model model) {
        model.addAttribute("rows", rows());
        model.addAttribute("canFile", access.canFile());
        model.addAttribute("canEditSettings", access.user().has(vn.danvan.organisation.Role.ADMIN));
        return LIST;
    }

    @GetMapping("/supervision/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "xlsx") String format) {
        List<List<Object>> table = new ArrayList<>();
        for (Row row : rows()) {
            Views.Request r = row.request();
            table.add(java.util.Arrays.asList(r.id(), messages.getMessage(r.kind().messageKey(), null,
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()), r.title(), r.frontUnitName(),
                    row.unitNames(), r.sentOn(), r.dueDate(), messages.getMessage(r.status().messageKey(), null,
                            org.springframework.context.i18n.LocaleContextHolder.getLocale())));
        }
        return TableExport.of(format, "giam-sat", TableExport.header(messages, "supervision.col.id",
                "supervision.kind", "supervision.title", "supervision.front", "supervision.units",
                "supervision.sentOn", "supervision.dueDate", "supervision.state"), table);
    }

    @GetMapping("/supervision/new")
    String newForm(Model model) {
        requireFiler();
        model.addAttribute("form", RequestForm.empty());
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("kinds", RequestKind.values());
        model.addAttribute("units", organisation.activeUnits());
        model.addAttribute("rule", settings.answerRule());
        return FORM;
    }

    @PostMapping("/supervision")
    String file(@ModelAttribute("form") RequestForm form, BindingResult result,
            @RequestParam(defaultValue = "draft") String action, Model model) {
        requireFiler();
        Supervision.Filed filed = supervision.file(form, "send".equals(action));
        if (!filed.problems().isEmpty()) {
            filed.problems().forEach(p -> result.rejectValue(p.field(), p.messageKey(), p.messageKey()));
            return form(model);
        }
        return "redirect:/supervision/" + filed.id();
    }

    private void requireFiler() {
        access.requireUse();
        if (!access.canFile()) {
            throw new org.springframework.security.access.AccessDeniedException("not a Front member");
        }
    }

    @GetMapping("/supervision/{id}")
    String detail(@PathVariable long id, Model model) {
        access.requireUse();
        Views.Request request = records.request(id);
        List<Views.Recipient> recipients = records.recipients(id);
        access.checkSee(request, recipients);
        Map<Long, Views.Recipient> byId = recipients.stream()
                .collect(Collectors.toMap(Views.Recipient::id, r -> r, (a, b) -> a, LinkedHashMap::new));
        Map<String, Views.Answer> visible = new LinkedHashMap<>();
        records.answers(id).forEach((key, answer) -> {
            if (access.canSeeAnswer(request, byId.get(answer.recipientId()), answer)) {
                visible.put(key, answer);
            }
        });
        boolean open = request.status() == RequestStatus.SENT;
        Set<Long> answering = recipients.stream().filter(r -> open && !r.answered() && access.isStaffOf(r.unitId()))
                .map(Views.Recipient::id).collect(Collectors.toSet());
        Set<Long> sending = recipients.stream().filter(r -> answering.contains(r.id()) && access.isHeadOf(r.unitId()))
                .map(Views.Recipient::id).collect(Collectors.toSet());
        model.addAttribute("request", request);
        model.addAttribute("recommendations", records.recommendations(id));
        model.addAttribute("recipients", recipients);
        model.addAttribute("answers", visible);
        model.addAttribute("answering", answering);
        model.addAttribute("sending", sending);
        model.addAttribute("front", access.isFront(request));
        model.addAttribute("outcomes", AnswerOutcome.values());
        model.addAttribute("marks", AnswerMark.values());
        model.addAttribute("rule", settings.answerRule());
        if (!model.containsAttribute("failed")) {
            model.addAttribute("failed", "");
            model.addAttribute("fieldErrors", Map.of());
            model.addAttribute("typed", Map.of());
        }
        return DETAIL;
    }

    /** The request page again with the refused form's problems and what was typed in it. */
    private String problems(long id, String failed, List<Views.Problem> problems, Map<String, String> typed,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
        model.addAttribute("failed", failed);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("typed", typed);
        return detail(id, model);
    }

    private String done(long id, List<Views.Problem> problems, String failed, Map<String, String> typed, Model model,
            RedirectAttributes redirect) {
        if (!problems.isEmpty()) {
            return problems(id, failed, problems, typed, model);
        }
        redirect.addFlashAttribute("flash", "supervision.saved");
        return "redirect:/supervision/" + id;
    }

    @PostMapping("/supervision/{id}/send")
    String send(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect) {
        access.requireUse();
        return done(id, supervision.send(id, version), "request", Map.of(), model, redirect);
    }

    @PostMapping("/supervision/{id}/answers")
    String answer(@PathVariable long id, @RequestParam long recipientId, @RequestParam long recommendationId,
            @RequestParam(required = false) AnswerOutcome outcome, @RequestParam(required = false) String actionText,
            @RequestParam(required = false) String actionDueDate, @RequestParam(required = false) String explanation,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        access.requireUse();
        checkRecipientOf(id, recipientId);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("outcome", outcome == null ? null : outcome.name());
        typed.put("actionText", actionText);
        typed.put("actionDueDate", actionDueDate);
        typed.put("explanation", explanation);
        return done(id, supervision.saveAnswer(recipientId, recommendationId, outcome, actionText, actionDueDate,
                explanation, version), "answer-" + recommendationId + "-" + recipientId, typed, model, redirect);
    }

    @PostMapping("/supervision/{id}/recipients/{recipientId}/send")
    String sendAnswers(@PathVariable long id, @PathVariable long recipientId, @RequestParam long version, Model model,
            RedirectAttributes redirect) {
        access.requireUse();
        checkRecipientOf(id, recipientId);
        return done(id, supervision.sendAnswers(recipientId, version), "send-" + recipientId, Map.of(), model,
                redirect);
    }

    @PostMapping("/supervision/{id}/answers/{answerId}/mark")
    String mark(@PathVariable long id, @PathVariable long answerId, @RequestParam(required = false) AnswerMark mark,
            @RequestParam(required = false) String comment, @RequestParam(required = false) String newDueDate,
            @RequestParam long version, Model model, RedirectAttributes redirect) {
        access.requireUse();
        checkRecipientOf(id, records.answer(answerId).recipientId());
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("mark", mark == null ? null : mark.name());
        typed.put("comment", comment);
        typed.put("newDueDate", newDueDate);
        return done(id, supervision.mark(answerId, mark, comment, newDueDate, version), "mark-" + answerId, typed,
                model, redirect);
    }

    @PostMapping("/supervision/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(defaultValue = "false") boolean published,
            @RequestParam long version, Model model, RedirectAttributes redirect) {
        access.requireUse();
        return done(id, supervision.publish(id, published, version), "publish", Map.of(), model, redirect);
    }

    @PostMapping("/supervision/{id}/close")
    String close(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect) {
        access.requireUse();
        return done(id, supervision.close(id, version), "close", Map.of(), model, redirect);
    }

    private void checkRecipientOf(long requestId, long recipientId) {
        if (records.recipient(recipientId).requestId() != requestId) {
            throw new vn.danvan.shared.web.NotFoundException("supervisionRecipient", recipientId);
        }
    }
}
