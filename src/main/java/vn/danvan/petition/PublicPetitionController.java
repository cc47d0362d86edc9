package vn.danvan.petition;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.web.AddressRateLimit;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;

/** The citizen's side, without an account: send a petition, follow it by its code. */
@Controller
class PublicPetitionController {

    static final String FORM = "petition/public/form";
    static final String RECEIVED = "petition/public/received";
    static final String LOOKUP = "petition/public/lookup";
    static final String CITIZEN = "citizen";

    private final PetitionIntake intake;
    private final PetitionRepository petitions;
    private final OrganisationService organisation;
    private final AddressRateLimit submissions;
    private final CitizenFeedback feedback;
    private final MergedPetitions merged;
    private final java.time.Clock clock;

    PublicPetitionController(PetitionIntake intake, PetitionRepository petitions, OrganisationService organisation,
            CitizenFeedback feedback, MergedPetitions merged, java.time.Clock clock,
            @Value("${danvan.petition.submissions-per-hour:10}") int submissionsPerHour) {
        this.feedback = feedback;
        this.merged = merged;
        this.clock = clock;
        this.intake = intake;
        this.petitions = petitions;
        this.organisation = organisation;
        this.submissions = new AddressRateLimit(submissionsPerHour, Duration.ofHours(1));
    }

    @GetMapping("/portal/petitions/new")
    String initSubmitForm(Model model) {
        model.addAttribute("form", Submission.empty(Channel.WEB, UUID.randomUUID().toString()));
        return form(model);
    }

    @PostMapping("/portal/petitions")
    String processSubmitForm(@Valid @ModelAttribute("form") Submission form, BindingResult result,
            @RequestParam(value = "files", required = false) List<MultipartFile> files, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!submissions.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            result.reject("petition.error.tooMany", new Object[] {submissions.capacity()}, null);
            return form(model);
        }
        if (!form.consentGiven()) {
            result.rejectValue("consent", "petition.error.consent");
        }
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            Receipt receipt = intake.receive(form, Channel.WEB, CITIZEN, files);
            model.addAttribute("receipt", receipt);
            return RECEIVED;
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return form(model);
        }
    }

    @GetMapping("/portal/petitions/lookup")
    String lookup(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code);
        if (code == null || code.isBlank()) {
            return LOOKUP;
        }
        petitions.findForCitizen(TrackingCodes.normalise(code)).ifPresentOrElse(found -> {
            Petition p = found.petition();
            model.addAttribute("petition", p);
            model.addAttribute("categoryName", found.categoryName());
            model.addAttribute("unitName", found.unitName());
            model.addAttribute("steps", petitions.steps(p.id(), true));
            model.addAttribute("reopenable", p.reopenableAt(java.time.OffsetDateTime.now(clock)));
            model.addAttribute("followed", merged.followed(p));
        }, () -> model.addAttribute("notFound", true));
        return LOOKUP;
    }

    @PostMapping("/portal/petitions/rate")
    String rate(@RequestParam String code, @RequestParam(required = false) Integer rating,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        try {
            if (comment != null && comment.length() > 1000) {
                throw InvalidRequestException.onField("comment", "validation.size.max");
            }
            feedback.rate(code, rating == null ? 0 : rating, comment);
            redirect.addFlashAttribute("flash", "petition.public.rated");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("feedbackError", e.messageKey());
            redirect.addFlashAttribute("feedbackErrorArgs", e.arguments());
        }
        return "redirect:/portal/petitions/lookup?code=" + TrackingCodes.normalise(code);
    }

    @PostMapping("/portal/petitions/reopen")
    String reopen(@RequestParam String code, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            if (reason != null && reason.length() > 2000) {
                throw InvalidRequestException.onField("reason", "validation.size.max");
            }
            feedback.requestReopen(code, reason);
            redirect.addFlashAttribute("flash", "petition.public.reopened");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("feedbackError", e.messageKey());
            redirect.addFlashAttribute("feedbackErrorArgs", e.arguments());
        }
        return "redirect:/portal/petitions/lookup?code=" + TrackingCodes.normalise(code);
    }

    private String form(Model model) {
        model.addAttribute("kinds", PetitionKind.values());
        model.addAttribute("categories", petitions.categories(true));
        model.addAttribute("units", organisation.activeUnits());
        return FORM;
    }
}
