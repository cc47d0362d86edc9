package vn.danvan.consultation;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.attachment.AttachmentService;
import vn.danvan.shared.web.AddressRateLimit;
import vn.danvan.shared.web.InvalidRequestException;

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
            ConsultationSettings settings, AttachmentService attachments, BoardFindings findings) {
        this.attachments = attachments;
        this.findings = findings;
        this.consultations = consultations;
        this.participations = participations;
        this.settings = settings;
        this.attempts = new AddressRateLimit(settings.codeAttemptsPerHour(), Duration.ofHours(1));
    }

    @GetMapping("/portal/consultations")
    String list(Model model) {
        var all = consultations.publicList();
        model.addAttribute("open", all.stream().filter(c -> c.status() == ConsultationStatus.OPEN).toList());
        model.addAttribute("ended", all.stream().filter(c -> c.status().ended()).toList());
        return LIST;
    }

    @GetMapping("/portal/consultations/{id}")
    String detail(@PathVariable long id, Model model) {
        return render(consultations.publicGet(id), model);
    }

    @GetMapping("/portal/consultations/{id}/documents/{fileId}")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> document(@PathVariable long id,
            @PathVariable long fileId) {
        consultations.publicGet(id);
        return ConsultationController.download(attachments, id, fileId);
    }

    @PostMapping("/portal/consultations/{id}/take-part")
    String takePart(@PathVariable long id, @RequestParam(required = false) String code,
            @RequestParam(required = false) Long optionId, @RequestParam(required = false) String comment,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Consultation c = consultations.publicGet(id);
        if (!attempts.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("takePartError", InvalidRequestException.onField("code", "consultation.error.tooMany",
                    attempts.capacity()));
            return render(c, model);
        }
        try {
            participations.take(id, code, optionId, comment, Channel.PORTAL);
        } catch (InvalidRequestException e) {
            model.addAttribute("takePartError", e);
            model.addAttribute("typedCode", code);
            model.addAttribute("typedComment", comment);
            model.addAttribute("chosenOption", optionId);
            return render(c, model);
        }
        redirect.addFlashAttribute("flash", c.decide() ? "consultation.flash.voted" : "consultation.flash.commented");
        return "redirect:/portal/consultations/" + id;
    }

    private String render(Consultation c, Model model) {
        model.addAttribute("consultation", c);
        model.addAttribute("options", consultations.options(c.id()));
        model.addAttribute("participation", consultations.participation(c));
        model.addAttribute("tally", consultations.tally(c));
        model.addAttribute("findings", findings.publicOf(c));
        model.addAttribute("documents", attachments.of(Consultations.ENTITY, c.id()));
        model.addAttribute("threshold", settings.approvalRule().thresholdPercent());
        model.addAttribute("legalSource", ApprovalRule.LEGAL_SOURCE);
        return DETAIL;
    }
}
