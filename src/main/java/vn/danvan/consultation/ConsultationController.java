package vn.danvan.consultation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.danvan.attachment.AttachmentService;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.TableExport;

/**
 * The staff screens under /consultations: the list within scope (with its export), drafting, one
 * consultation with its participation (and tally when it may be shown), opening, slips, paper ballots,
 * meeting counts, closing and publishing. No screen or export shows how any household voted.
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

    ConsultationController(Consultations consultations, Participations participations, ResidentialAreas areas,
            OrganisationScope scope, ConsultationSettings settings, SlipsDocument slips, MessageSource messages,
            AttachmentService attachments, BoardFindings findings) {
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
    String processCreateForm(@ModelAttribute("form") ConsultationForm form, BindingResult result, Model model) {
        long unitId = scope.requireUser().unitId();
        consultations.requireRecorder(unitId);
        Consultations.Saved saved = consultations.create(form);
        if (!saved.problems().isEmpty()) {
            reject(result, saved.problems());
            return form(model, unitId, null);
        }
        return "redirect:/consultations/" + saved.id();
    }

    @GetMapping("/consultations/{id}/edit")
    String initEditForm(@PathVariable long id, Model model) {
        Consultation c = consultations.get(id);
        consultations.requireRecorder(c.unitId());
        List<Long> chosen = c.wholeUnit() ? List.of()
                : consultations.scope(c).stream().map(ConsultationViews.ScopeArea::areaId).toList();
        String options = String.join("\n", consultations.options(id).stream()
                .map(ConsultationViews.Option::label).toList());
        model.addAttribute("form", new ConsultationForm(c.title(), c.description(), c.kind(),
                options.isEmpty() ? ConsultationForm.DEFAULT_OPTIONS : options, c.wholeUnit(), chosen,
                c.opensOn().format(vn.danvan.shared.DanVanTime.DATE), c.closesOn().format(vn.danvan.shared.DanVanTime.DATE),
                c.liveTally(), c.version()));
        return form(model, c.unitId(), c);
    }

    @PostMapping("/consultations/{id}")
    String processEditForm(@PathVariable long id, @ModelAttribute("form") ConsultationForm form, BindingResult result,
            Model model) {
        Consultation c = consultations.get(id);
        List<Problem> problems = consultations.update(id, form);
        if (!problems.isEmpty()) {
            reject(result, problems);
            return form(model, c.unitId(), c);
        }
        return "redirect:/consultations/" + id;
    }

    private String form(Model model, long unitId, Consultation c) {
        model.addAttribute("kinds", ConsultationKind.values());
        model.addAttribute("areas", areas.activeOf(unitId));
        model.addAttribute("consultation", c);
        return FORM;
    }

    @GetMapping("/consultations/{id}")
    String detail(@PathVariable long id, Model model) {
        return render(consultations.get(id), model);
    }

    private String render(Consultation c, Model model) {
        model.addAttribute("consultation", c);
        model.addAttribute("canRecord", consultations.canRecord(c.unitId()));
        model.addAttribute("options", consultations.options(c.id()));
        model.addAttribute("scopeAreas", consultations.scope(c));
        model.addAttribute("participation", consultations.participation(c));
        model.addAttribute("tally", consultations.tally(c));
        model.addAttribute("comments", consultations.comments(c));
        model.addAttribute("documents", attachments.of(Consultations.ENTITY, c.id()));
        model.addAttribute("threshold", settings.approvalRule().thresholdPercent());
        model.addAttribute("legalSource", ApprovalRule.LEGAL_SOURCE);
        model.addAttribute("findings", findings.of(c));
        if (!model.containsAttribute("findingForm")) {
            model.addAttribute("findingForm", BoardFindings.Form.empty());
        }
        return DETAIL;
    }

    @PostMapping("/consultations/{id}/open")
    String open(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect) {
        return transitioned(id, consultations.open(id, version), "consultation.flash.opened", model, redirect);
    }

    @PostMapping("/consultations/{id}/close")
    String close(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect) {
        return transitioned(id, consultations.close(id, version), "consultation.flash.closed", model, redirect);
    }

    @PostMapping("/consultations/{id}/publish")
    String publish(@PathVariable long id, @RequestParam long version,
            @RequestParam(required = false) String decisionText, @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) String decisionDate, Model model, RedirectAttributes redirect) {
        List<Problem> problems = consultations.publish(id, version, decisionText, decisionNumber, decisionDate);
        if (!problems.isEmpty()) {
            model.addAttribute("decisionText", decisionText);
            model.addAttribute("decisionNumber", decisionNumber);
            model.addAttribute("decisionDate", decisionDate);
        }
        return transitioned(id, problems, "consultation.flash.published", model, redirect);
    }

    private String transitioned(long id, List<Problem> problems, String flash, Model model,
            RedirectAttributes redirect) {
        if (!problems.isEmpty()) {
            model.addAttribute("actionErrors", problems);
            return render(consultations.get(id), model);
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/consultations/{id}/findings")
    String recordFinding(@PathVariable long id, @RequestParam(required = false) String foundOn,
            @RequestParam(required = false) String signedBy, @RequestParam(required = false) String finding,
            @RequestParam(required = false) String recommendation, Model model, RedirectAttributes redirect) {
        var form = new BoardFindings.Form(foundOn, signedBy, finding, recommendation);
        List<Problem> problems = findings.record(id, form);
        if (!problems.isEmpty()) {
            model.addAttribute("findingForm", form);
            model.addAttribute("findingErrors", problems);
            return render(consultations.get(id), model);
        }
        redirect.addFlashAttribute("flash", "consultation.flash.finding");
        return "redirect:/consultations/" + id + "#board-findings";
    }

    @PostMapping("/consultations/{id}/ballots")
    String paperBallot(@PathVariable long id, @RequestParam(required = false) String code,
            @RequestParam(required = false) Long optionId, @RequestParam(required = false) String comment, Model model,
            RedirectAttributes redirect) {
        try {
            participations.take(id, code, optionId, comment, Channel.PAPER);
        } catch (InvalidRequestException e) {
            model.addAttribute("ballotError", e);
            model.addAttribute("ballotCode", code);
            return render(consultations.get(id), model);
        }
        redirect.addFlashAttribute("flash", "consultation.flash.ballot");
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/consultations/{id}/meetings")
    String meeting(@PathVariable long id, @RequestParam(required = false) Long areaId,
            @RequestParam(required = false) String heldOn, @RequestParam(required = false) String households,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<Long, String> counts = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("count-") && k.substring(6).matches("\\d+")) {
                counts.put(Long.valueOf(k.substring(6)), v);
            }
        });
        try {
            participations.meeting(id, areaId, heldOn, counts, households);
        } catch (InvalidRequestException e) {
            model.addAttribute("meetingError", e);
            model.addAttribute("meetingParams", params);
            return render(consultations.get(id), model);
        }
        redirect.addFlashAttribute("flash", "consultation.flash.meeting");
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/consultations/{id}/documents")
    String attach(@PathVariable long id,
            @RequestParam(value = "files", required = false) List<org.springframework.web.multipart.MultipartFile> files,
            Model model, RedirectAttributes redirect) {
        Consultation c = consultations.get(id);
        consultations.requireRecorder(c.unitId());
        if (c.status().ended()) {
            throw new InvalidRequestException("consultation.error.transition");
        }
        try {
            attachments.store(Consultations.ENTITY, id, c.unitId(), files == null ? List.of() : files);
        } catch (InvalidRequestException e) {
            model.addAttribute("documentError", e);
            return render(c, model);
        }
        redirect.addFlashAttribute("flash", "consultation.flash.documents");
        return "redirect:/consultations/" + id;
    }

    @GetMapping("/consultations/{id}/documents/{fileId}")
    ResponseEntity<org.springframework.core.io.Resource> document(@PathVariable long id, @PathVariable long fileId) {
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

    @GetMapping("/consultations/{id}/slips/{areaId}.pdf")
    ResponseEntity<byte[]> slips(@PathVariable long id, @PathVariable long areaId) {
        Consultation c = consultations.get(id);
        var area = consultations.scope(c).stream().filter(a -> a.areaId() == areaId).findFirst()
                .orElseThrow(() -> new vn.danvan.shared.web.NotFoundException("consultation area", areaId));
        List<String> codes = consultations.codesOf(c, areaId);
        String portal = ServletUriComponentsBuilder.fromCurrentContextPath().path("/portal/consultations/{id}")
                .buildAndExpand(id).toUriString();
        return TableExport.download(slips.render(c, area.name(), codes, portal),
                "phieu-ma-ho-" + id + "-" + areaId + ".pdf", MediaType.APPLICATION_PDF);
    }

    private String text(String key) {
        return messages.getMessage(key, null, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    static void reject(BindingResult result, List<Problem> problems) {
        for (Problem p : problems) {
            if (p.field() == null) {
                result.reject(p.messageKey(), p.arguments(), p.messageKey());
            } else {
                result.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey());
            }
        }
    }
}
