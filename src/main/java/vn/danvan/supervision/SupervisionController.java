package vn.danvan.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

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

import vn.danvan.organisation.UnitPicker;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.web.ActionForm;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;
import vn.danvan.shared.web.TableExport;

/**
 * The staff screens: the requests in scope (and their export), the Front's new-request form, one request with
 * its answer, mark and action forms. Every change checks who may make it first (403 for anyone else, whatever
 * was sent), then the form, then the rules.
 */
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

    private final UnitPicker picker;
    private final SupervisionRecords records;
    private final Supervision supervision;
    private final SupervisionAccess access;
    private final SupervisionSettings settings;
    private final OrganisationService organisation;
    private final MessageSource messages;

    SupervisionController(UnitPicker picker, SupervisionRecords records, Supervision supervision, SupervisionAccess access,
            SupervisionSettings settings, OrganisationService organisation, MessageSource messages) {
        this.picker = picker;
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
        model.addAttribute("kindChoices", Choice.ofEnum(RequestKind::messageKey, RequestKind.values()));
        model.addAttribute("unitChoices", picker.several(UnitPicker.Scope.ANY));
        model.addAttribute("rule", settings.answerRule(records.today()));
        return FORM;
    }

    @PostMapping("/supervision")
    String file(@Valid @ModelAttribute("form") RequestForm form, BindingResult result, Model model) {
        requireFiler();
        if (result.hasErrors()) {
            // the request's own rules too, so that every message shows at once
            Forms.reject(result, supervision.check(form));
            return form(model);
        }
        try {
            return "redirect:/supervision/" + supervision.file(form, "send".equals(form.action()));
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return form(model);
        }
    }

    private void requireFiler() {
        access.requireUse();
        if (!access.canFile()) {
            throw new org.springframework.security.access.AccessDeniedException("not a Front member");
        }
    }

    /**
     * The request with its forms: one answer form per recommendation and unit the viewer answers for, one mark
     * form per sent answer the Front sees, each filled in from what is kept; a form that came back with errors
     * (its key in {@code answerFailed} or {@code markFailed}) keeps what was typed.
     */
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
        List<Views.Recommendation> recommendations = records.recommendations(id);
        // each row form is a model attribute of its own (answerForm_<recommendation>_<recipient>, markForm_<answer>),
        // so that the page binds its fields; the one that came back with errors is answerForm or markForm
        for (Views.Recommendation m : recommendations) {
            for (Views.Recipient p : recipients) {
                if (answering.contains(p.id())) {
                    model.addAttribute("answerForm_" + m.id() + "_" + p.id(),
                            AnswerForm.of(m, p, visible.get(m.id() + "-" + p.id())));
                }
            }
        }
        visible.values().stream().filter(Views.Answer::sent)
                .forEach(a -> model.addAttribute("markForm_" + a.id(), MarkForm.of(a)));
        model.addAttribute("request", request);
        model.addAttribute("recommendations", recommendations);
        model.addAttribute("recipients", recipients);
        model.addAttribute("answers", visible);
        model.addAttribute("answering", answering);
        model.addAttribute("sending", sending);
        model.addAttribute("front", access.isFront(request));
        model.addAttribute("outcomeChoices", Choice.ofEnum(AnswerOutcome::messageKey, AnswerOutcome.values()));
        model.addAttribute("markChoices", Choice.ofEnum(AnswerMark::messageKey, AnswerMark.values()));
        // the rule the due date was counted with: the one in force on the day the request was sent
        model.addAttribute("rule", settings.answerRule(request.sentOn() != null ? request.sentOn() : records.today()));
        addIfAbsent(model, "answerFailed", "");
        addIfAbsent(model, "markFailed", -1L);
        addIfAbsent(model, "publishForm", new PublishForm(request.published(), request.version()));
        return DETAIL;
    }

    private static void addIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }

    /** A button of the request (send, send answers, publish, close): done, or the page with the rules it broke. */
    private String action(long id, Runnable change, Model model, RedirectAttributes redirect) {
        try {
            change.run();
        } catch (InvalidRequestException e) {
            model.addAttribute("actionErrors", e.problems());
            return detail(id, model);
        }
        redirect.addFlashAttribute("flash", "supervision.saved");
        return "redirect:/supervision/" + id;
    }

    @PostMapping("/supervision/{id}/send")
    String send(@PathVariable long id, @Valid ActionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        access.requireUse();
        access.checkFront(records.request(id));
        Forms.requireValid(result);
        return action(id, () -> supervision.send(id, form.version()), model, redirect);
    }

    @PostMapping("/supervision/{id}/answers")
    String answer(@PathVariable long id, @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        access.requireUse();
        if (result.hasFieldErrors("recipientId") || result.hasFieldErrors("recommendationId")
                || result.hasFieldErrors("version")) {
            Forms.requireValid(result); // hidden fields nobody types: a forged or broken page
        }
        checkRecipientOf(id, form.recipientId());
        supervision.requireAnswerer(form.recipientId(), form.recommendationId());
        if (!result.hasErrors()) {
            try {
                supervision.saveAnswer(form.recipientId(), form.recommendationId(), form.outcome(), form.actionText(),
                        form.actionDueDate(), form.explanation(), form.version());
                redirect.addFlashAttribute("flash", "supervision.saved");
                return "redirect:/supervision/" + id;
            } catch (InvalidRequestException e) {
                Forms.rejectOnPage(result, e.problems(), model);
            }
        } else {
            Forms.reject(result, Supervision.checkAnswer(form.outcome(),
                    form.actionText(), form.actionDueDate(), form.explanation()));
        }
        model.addAttribute("answerFailed", form.key());
        return detail(id, model);
    }

    @PostMapping("/supervision/{id}/recipients/{recipientId}/send")
    String sendAnswers(@PathVariable long id, @PathVariable long recipientId, @Valid ActionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        access.requireUse();
        checkRecipientOf(id, recipientId);
        supervision.requireHead(recipientId);
        Forms.requireValid(result);
        return action(id, () -> supervision.sendAnswers(recipientId, form.version()), model, redirect);
    }

    @PostMapping("/supervision/{id}/answers/{answerId}/mark")
    String mark(@PathVariable long id, @PathVariable long answerId, @Valid @ModelAttribute("markForm") MarkForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        access.requireUse();
        checkRecipientOf(id, records.answer(answerId).recipientId());
        access.checkFront(records.request(id));
        if (result.hasFieldErrors("version")) {
            Forms.requireValid(result);
        }
        if (!result.hasErrors()) {
            try {
                supervision.mark(answerId, form.mark(), form.comment(), form.newDueDate(), form.version());
                redirect.addFlashAttribute("flash", "supervision.saved");
                return "redirect:/supervision/" + id;
            } catch (InvalidRequestException e) {
                Forms.rejectOnPage(result, e.problems(), model);
            }
        } else {
            Forms.reject(result, Supervision.checkMark(form.mark(), form.comment(),
                    form.newDueDate(), records.today()));
        }
        model.addAttribute("markFailed", answerId);
        return detail(id, model);
    }

    @PostMapping("/supervision/{id}/publish")
    String publish(@PathVariable long id, @Valid @ModelAttribute("publishForm") PublishForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        access.requireUse();
        access.checkFront(records.request(id));
        Forms.requireValid(result);
        return action(id, () -> supervision.publish(id, Boolean.TRUE.equals(form.published()), form.version()), model,
                redirect);
    }

    @PostMapping("/supervision/{id}/close")
    String close(@PathVariable long id, @Valid ActionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        access.requireUse();
        access.checkFront(records.request(id));
        Forms.requireValid(result);
        return action(id, () -> supervision.close(id, form.version()), model, redirect);
    }

    private void checkRecipientOf(long requestId, long recipientId) {
        if (records.recipient(recipientId).requestId() != requestId) {
            throw new vn.danvan.shared.web.NotFoundException("supervisionRecipient", recipientId);
        }
    }
}
