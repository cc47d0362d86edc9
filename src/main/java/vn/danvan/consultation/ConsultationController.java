package vn.danvan.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
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

import vn.danvan.attachment.AttachmentService;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.shared.web.ActionForm;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;
import vn.danvan.shared.web.PublicAddress;
import vn.danvan.shared.web.TableExport;

/**
 * The staff screens under /consultations: the list within scope (with its export), drafting, one
 * consultation with its participation (and tally when it may be shown), opening, slips, paper ballots,
 * meeting counts, closing and publishing. No screen or export shows how any household voted.
 *
 * <p>The consultation in an address is {@code {consultationId}}, not {@code {id}}: a page's path variables
 * reach its template, where an {@code id} would become the id of every field drawn by {@code fragments/forms}.
 */
@Controller
class ConsultationController {

    static final String LIST = "consultation/list";
    static final String FORM = "consultation/form";
    static final String DETAIL = "consultation/detail";

    private final Consultations consultations;
    private final Participations participations;
    private final ResidentialAreas areas;
    private final OrganisationScope scope;
    private final ConsultationSettings settings;
    private final SlipsDocument slips;
    private final MessageSource messages;
    private final AttachmentService attachments;
    private final BoardFindings findings;
    private final PublicAddress publicAddress;

    ConsultationController(Consultations consultations, Participations participations, ResidentialAreas areas,
            OrganisationScope scope, ConsultationSettings settings, SlipsDocument slips, MessageSource messages,
            AttachmentService attachments, BoardFindings findings, PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
        this.attachments = attachments;
        this.findings = findings;
        this.consultations = consultations;
        this.participations = participations;
        this.areas = areas;
        this.scope = scope;
        this.settings = settings;
        this.slips = slips;
        this.messages = messages;
    }

    @GetMapping("/consultations")
    String list(Model model) {
        model.addAttribute("consultations", consultations.visible());
        model.addAttribute("canCreate", consultations.canRecord(scope.requireUser().unitId()));
        model.addAttribute("canKeepAreas", areas.canManage(scope.requireUser().unitId())
                || scope.requireUser().has(vn.danvan.organisation.Role.ADMIN));
        return LIST;
    }

    @GetMapping(value = "/consultations", params = "format")
    ResponseEntity<byte[]> export(@RequestParam String format) {
        List<List<Object>> rows = new ArrayList<>();
        for (Consultation c : consultations.visible()) {
            var p = consultations.participation(c);
            rows.add(List.of(c.title(), c.unitName(), text(c.kind().messageKey()), text(c.status().messageKey()),
                    c.opensOn(), c.closesOn(), p.participated(), p.inScope()));
        }
        return TableExport.of(format, "lay-y-kien-nhan-dan", TableExport.header(messages, "consultation.title",
                "consultation.unit", "consultation.kind", "consultation.state", "consultation.opensOn",
                "consultation.closesOn", "consultation.participated", "consultation.inScope"), rows);
    }

    @GetMapping("/consultations/new")
    String initCreateForm(Model model) {
        long unitId = scope.requireUser().unitId();
        consultations.requireRecorder(unitId);
        model.addAttribute("form", ConsultationForm.empty());
        return form(model, unitId, null);
    }

    @PostMapping("/consultations")
    String processCreateForm(@Valid @ModelAttribute("form") ConsultationForm form, BindingResult result,
            Model model) {
        long unitId = scope.requireUser().unitId();
        consultations.requireRecorder(unitId);
        if (result.hasErrors()) {
            // the draft's own rules too (options, areas, dates in order), so that every message shows at once
            Forms.reject(result, consultations.check(unitId, form));
            return form(model, unitId, null);
        }
        Consultations.Saved saved = consultations.create(form);
        if (!saved.problems().isEmpty()) {
            Forms.reject(result, saved.problems());
            return form(model, unitId, null);
        }
        return "redirect:/consultations/" + saved.id();
    }

    @GetMapping("/consultations/{consultationId}/edit")
    String initEditForm(@PathVariable("consultationId") long id, Model model) {
        Consultation c = consultations.get(id);
        consultations.requireRecorder(c.unitId());
        List<Long> chosen = c.wholeUnit() ? List.of()
                : consultations.scope(c).stream().map(ConsultationViews.ScopeArea::areaId).toList();
        String options = String.join("\n", consultations.options(id).stream()
                .map(ConsultationViews.Option::label).toList());
        model.addAttribute("form", new ConsultationForm(c.title(), c.description(), c.kind(),
                options.isEmpty() ? ConsultationForm.DEFAULT_OPTIONS : options, c.wholeUnit(), chosen, c.opensOn(),
                c.closesOn(), c.liveTally(), c.version()));
        return form(model, c.unitId(), c);
    }

    @PostMapping("/consultations/{consultationId}")
    String processEditForm(@PathVariable("consultationId") long id, @Valid @ModelAttribute("form") ConsultationForm form,
            BindingResult result, Model model) {
        Consultation c = consultations.get(id);
        consultations.requireRecorder(c.unitId());
        if (result.hasErrors()) {
            Forms.reject(result, consultations.check(c.unitId(), form));
            return form(model, c.unitId(), c);
        }
        List<Problem> problems = consultations.update(id, form);
        if (!problems.isEmpty()) {
            Forms.reject(result, problems);
            return form(model, c.unitId(), c);
        }
        return "redirect:/consultations/" + id;
    }

    private String form(Model model, long unitId, Consultation c) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("kinds", Choice.ofEnum(ConsultationKind::messageKey, ConsultationKind.values()));
        model.addAttribute("scopes", List.of(Choice.ofKey(true, "consultation.scope.whole"),
                Choice.ofKey(false, "consultation.scope.chosen")));
        model.addAttribute("areas", areas.activeOf(unitId).stream().map(a -> Choice.of(a.id(), messages.getMessage(
                "consultation.area.line", new Object[] {a.name(), a.households()}, locale))).toList());
        model.addAttribute("consultation", c);
        return FORM;
    }

    @GetMapping("/consultations/{consultationId}")
    String detail(@PathVariable("consultationId") long id, Model model) {
        return render(consultations.get(id), model);
    }

    /** The consultation with its action forms; a form that came back with errors keeps what was typed. */
    private String render(Consultation c, Model model) {
        List<ConsultationViews.Option> options = consultations.options(c.id());
        List<ConsultationViews.ScopeArea> scopeAreas = consultations.scope(c);
        model.addAttribute("consultation", c);
        model.addAttribute("canRecord", consultations.canRecord(c.unitId()));
        model.addAttribute("options", options);
        model.addAttribute("optionChoices", Choice.of(options, ConsultationViews.Option::id,
                ConsultationViews.Option::label));
        model.addAttribute("scopeAreas", scopeAreas);
        model.addAttribute("areaChoices", Choice.of(scopeAreas, ConsultationViews.ScopeArea::areaId,
                ConsultationViews.ScopeArea::name));
        model.addAttribute("participation", consultations.participation(c));
        model.addAttribute("tally", consultations.tally(c));
        model.addAttribute("comments", consultations.comments(c));
        model.addAttribute("documents", attachments.of(Consultations.ENTITY, c.id()));
        model.addAttribute("threshold", settings.approvalRule(c.closesOn()).thresholdPercent());
        model.addAttribute("legalSource", settings.approvalSource(c.closesOn()));
        model.addAttribute("findings", findings.of(c));
        addUnlessPresent(model, "publishForm", PublishForm.of(c.version()));
        addUnlessPresent(model, "findingForm", FindingForm.empty());
        addUnlessPresent(model, "ballotForm", ParticipationForm.empty());
        addUnlessPresent(model, "meetingForm", new MeetingForm(null, null, null, null));
        addUnlessPresent(model, "documentsForm", new DocumentsForm(List.of()));
        return DETAIL;
    }

    private static void addUnlessPresent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    /**
     * The consultation page again: problems of a field next to it in the form sent, problems of the whole
     * consultation (its state, a date passed) at the top, where they show even when the form is no longer
     * offered.
     */
    private String refused(Consultation c, BindingResult result, List<Problem> problems, Model model) {
        Forms.rejectOnPage(result, problems, model);
        return render(c, model);
    }

    @PostMapping("/consultations/{consultationId}/open")
    String open(@PathVariable("consultationId") long id, @Valid ActionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Consultation c = consultations.get(id);
        consultations.requireRecorder(c.unitId());
        Forms.requireValid(result);
        return transitioned(c, consultations.open(id, form.version()), "consultation.flash.opened", model,
                redirect);
    }

    @PostMapping("/consultations/{consultationId}/close")
    String close(@PathVariable("consultationId") long id, @Valid ActionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Consultation c = consultations.get(id);
        consultations.requireRecorder(c.unitId());
        Forms.requireValid(result);
        return transitioned(c, consultations.close(id, form.version()), "consultation.flash.closed", model,
                redirect);
    }

    @PostMapping("/consultations/{consultationId}/publish")
    String publish(@PathVariable("consultationId") long id, @Valid @ModelAttribute("publishForm") PublishForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Consultation c = consultations.get(id);
        consultations.requireRecorder(c.unitId());
        if (result.hasErrors()) {
            return render(c, model);
        }
        return transitioned(c, consultations.publish(id, form), "consultation.flash.published", model,
                redirect);
    }

    private String transitioned(Consultation c, List<Problem> problems, String flash, Model model,
            RedirectAttributes redirect) {
        if (!problems.isEmpty()) {
            // opening and closing have no field to show a problem next to: all at the top
            model.addAttribute("actionErrors", problems);
            return render(c, model);
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/consultations/" + c.id();
    }

    @PostMapping("/consultations/{consultationId}/findings")
    String recordFinding(@PathVariable("consultationId") long id, @Valid @ModelAttribute("findingForm") FindingForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Consultation c = consultations.get(id);
        consultations.requireRecorder(c.unitId());
        if (result.hasErrors()) {
            return refused(c, result, findings.check(c, form), model);
        }
        List<Problem> problems = findings.record(id, form);
        if (!problems.isEmpty()) {
            return refused(c, result, problems, model);
        }
        redirect.addFlashAttribute("flash", "consultation.flash.finding");
        return "redirect:/consultations/" + id + "#board-findings";
    }

    @PostMapping("/consultations/{consultationId}/ballots")
    String paperBallot(@PathVariable("consultationId") long id,
            @Valid @ModelAttribute("ballotForm") ParticipationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Consultation c = consultations.get(id);
        consultations.requireRecorder(c.unitId());
        if (result.hasErrors()) {
            return render(c, model);
        }
        try {
            participations.take(id, form.code(), form.optionId(), form.comment(), Channel.PAPER);
        } catch (InvalidRequestException e) {
            return refused(c, result, e.problems(), model);
        }
        redirect.addFlashAttribute("flash", "consultation.flash.ballot");
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/consultations/{consultationId}/meetings")
    String meeting(@PathVariable("consultationId") long id, @Valid @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Consultation c = consultations.get(id);
        consultations.requireRecorder(c.unitId());
        if (result.hasErrors()) {
            return render(c, model);
        }
        try {
            participations.meeting(id, form);
        } catch (InvalidRequestException e) {
            return refused(c, result, e.problems(), model);
        }
        redirect.addFlashAttribute("flash", "consultation.flash.meeting");
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/consultations/{consultationId}/documents")
    String attach(@PathVariable("consultationId") long id, @Valid @ModelAttribute("documentsForm") DocumentsForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Consultation c = consultations.get(id);
        consultations.requireRecorder(c.unitId());
        c.requireDocumentsAccepted();
        if (!result.hasErrors()) {
            try {
                attachments.store(Consultations.ENTITY, id, c.unitId(), form.files() == null ? List.of() : form.files());
                redirect.addFlashAttribute("flash", "consultation.flash.documents");
                return "redirect:/consultations/" + id;
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return render(c, model);
    }

    @GetMapping("/consultations/{consultationId}/documents/{fileId}")
    ResponseEntity<org.springframework.core.io.Resource> document(@PathVariable("consultationId") long id,
            @PathVariable long fileId) {
        consultations.get(id);
        return download(attachments, id, fileId);
    }

    static ResponseEntity<org.springframework.core.io.Resource> download(AttachmentService attachments, long id,
            long fileId) {
        var file = attachments.find(fileId)
                .filter(a -> a.ownerType().equals(Consultations.ENTITY) && a.ownerId() == id)
                .orElseThrow(() -> new vn.danvan.shared.web.NotFoundException("attachment", fileId));
        return attachments.download(file);
    }

    @GetMapping("/consultations/{consultationId}/slips/{areaId}.pdf")
    ResponseEntity<byte[]> slips(@PathVariable("consultationId") long id, @PathVariable long areaId) {
        Consultation c = consultations.get(id);
        var area = consultations.scope(c).stream().filter(a -> a.areaId() == areaId).findFirst()
                .orElseThrow(() -> new vn.danvan.shared.web.NotFoundException("consultation area", areaId));
        List<String> codes = consultations.codesOf(c, areaId);
        // the configured public address: an officer may print from inside the office network
        String portal = publicAddress.of("/portal/consultations/" + id);
        return TableExport.download(slips.render(c, area.name(), codes, portal),
                "phieu-ma-ho-" + id + "-" + areaId + ".pdf", MediaType.APPLICATION_PDF);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
