package vn.danvan.consultation;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.attachment.AttachmentService;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.AddressRateLimit;
import vn.danvan.shared.web.AddressRateLimits;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;

/**
 * The portal, no sign-in: open and closed consultations with participation, the result once it may be
 * shown and the published decision; the page where a household takes part with its code. Nothing on
 * these pages names a person or a household.
 */
@Controller
class ConsultationPortalController {

    static final String LIST = "consultation/portal-list";
    static final String DETAIL = "consultation/portal-detail";

    private final Consultations consultations;
    private final Participations participations;
    private final ConsultationSettings settings;
    private final AddressRateLimit attempts;
    private final AttachmentService attachments;
    private final BoardFindings findings;

    ConsultationPortalController(Consultations consultations, Participations participations,
            ConsultationSettings settings, AttachmentService attachments, BoardFindings findings,
            AddressRateLimits limits) {
        this.attachments = attachments;
        this.findings = findings;
        this.consultations = consultations;
        this.participations = participations;
        this.settings = settings;
        this.attempts = limits.of("consultation.code", settings.codeAttemptsPerHour(), Duration.ofHours(1));
    }

    @GetMapping("/portal/consultations")
    String list(Model model) {
        var all = consultations.publicList();
        model.addAttribute("open", all.stream().filter(c -> c.status() == ConsultationStatus.OPEN).toList());
        model.addAttribute("ended", all.stream().filter(c -> c.status().ended()).toList());
        return LIST;
    }

    @GetMapping("/portal/consultations/{consultationId}")
    String detail(@PathVariable("consultationId") long id, Model model) {
        return render(consultations.publicGet(id), model);
    }

    @GetMapping("/portal/consultations/{consultationId}/documents/{fileId}")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> document(
            @PathVariable("consultationId") long id, @PathVariable long fileId) {
        consultations.publicGet(id);
        return ConsultationController.download(attachments, id, fileId);
    }

    /**
     * A household's vote or comment with its code. Every attempt counts towards the address's limit, a
     * refused one too, before anything is read: guessing codes is slow whatever is sent.
     */
    @PostMapping("/portal/consultations/{consultationId}/take-part")
    String takePart(@PathVariable("consultationId") long id,
            @Valid @ModelAttribute("takePartForm") ParticipationForm form, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Consultation c = consultations.publicGet(id);
        if (!attempts.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return refused(c, result, List.of(Problem.on("code", "consultation.error.tooMany", attempts.capacity())),
                    model);
        }
        if (result.hasErrors()) {
            return render(c, model);
        }
        try {
            participations.take(id, form.code(), form.optionId(), form.comment(), Channel.PORTAL);
        } catch (InvalidRequestException e) {
            return refused(c, result, e.problems(), model);
        }
        redirect.addFlashAttribute("flash", c.decide() ? "consultation.flash.voted" : "consultation.flash.commented");
        return "redirect:/portal/consultations/" + id;
    }

    /**
     * The page again: a problem of a field next to it in the form, a problem of the whole consultation (not
     * open any more) at the top, where it shows even when the form is no longer offered.
     */
    private String refused(Consultation c, BindingResult result, List<Problem> problems, Model model) {
        Forms.reject(result, problems.stream().filter(p -> p.field() != null).toList());
        List<Problem> whole = problems.stream().filter(p -> p.field() == null).toList();
        if (!whole.isEmpty()) {
            model.addAttribute("actionErrors", whole);
        }
        return render(c, model);
    }

    private String render(Consultation c, Model model) {
        List<ConsultationViews.Option> options = consultations.options(c.id());
        model.addAttribute("consultation", c);
        model.addAttribute("options", options);
        model.addAttribute("optionChoices", options.stream()
                .map(o -> Choice.of(o.id(), o.label()).withId("option-" + o.position())).toList());
        model.addAttribute("participation", consultations.participation(c));
        model.addAttribute("tally", consultations.tally(c));
        model.addAttribute("findings", findings.publicOf(c));
        model.addAttribute("documents", attachments.of(Consultations.ENTITY, c.id()));
        model.addAttribute("threshold", settings.approvalRule(c.closesOn()).thresholdPercent());
        model.addAttribute("legalSource", settings.approvalSource(c.closesOn()));
        if (!model.containsAttribute("takePartForm")) {
            model.addAttribute("takePartForm", ParticipationForm.empty());
        }
        return DETAIL;
    }
}
