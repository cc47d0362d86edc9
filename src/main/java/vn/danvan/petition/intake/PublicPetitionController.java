package vn.danvan.petition.intake;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.propertyeditors.CustomNumberEditor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.attachment.AttachmentView;
import vn.danvan.attachment.PendingAttachments;
import vn.danvan.organisation.UnitPicker;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.AddressRateLimit;
import vn.danvan.shared.web.AddressRateLimits;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.MapSettings;
import vn.danvan.shared.web.Problem;
import vn.danvan.petition.handling.CategoryView;
import vn.danvan.petition.handling.Channel;
import vn.danvan.petition.handling.MergedPetitions;
import vn.danvan.petition.handling.Petition;
import vn.danvan.petition.handling.PetitionKind;
import vn.danvan.petition.handling.PetitionRepository;

/**
 * The citizen's side, without an account: send a petition; follow it by its code (what anybody may
 * see: state, dates, public steps, the published answer); with the citizen key besides the code, read
 * the answer written to them, rate it and ask to reopen it. Lookups and key attempts are limited per
 * client address ({@code danvan.petition.lookups-per-hour}).
 */
@Controller
class PublicPetitionController {

    static final String FORM = "petition/public/form";
    static final String RECEIVED = "petition/public/received";
    static final String LOOKUP = "petition/public/lookup";
    static final String CITIZEN = "citizen";
    /** The five marks of an answer, each box with the id the page gives it (rating-1 ... rating-5). */
    private static final List<Choice> RATINGS = IntStream.rangeClosed(1, 5)
            .mapToObj(n -> Choice.ofKey(n, "petition.public.rate." + n).withId("rating-" + n)).toList();

    private final PetitionIntake intake;
    private final PetitionRepository petitions;
    private final UnitPicker picker;
    private final AddressRateLimit submissions;
    private final AddressRateLimit lookups;
    private final CitizenFeedback feedback;
    private final MergedPetitions merged;
    private final java.time.Clock clock;
    private final PendingAttachments pending;
    private final MapSettings map;

    PublicPetitionController(PetitionIntake intake, PetitionRepository petitions, UnitPicker picker,
            CitizenFeedback feedback, MergedPetitions merged, java.time.Clock clock, AddressRateLimits limits,
            PendingAttachments pending, MapSettings map,
            @Value("${danvan.petition.submissions-per-hour:10}") int submissionsPerHour,
            @Value("${danvan.petition.lookups-per-hour:60}") int lookupsPerHour) {
        this.feedback = feedback;
        this.pending = pending;
        this.map = map;
        this.merged = merged;
        this.clock = clock;
        this.intake = intake;
        this.petitions = petitions;
        this.picker = picker;
        this.submissions = limits.of("petition.submission", submissionsPerHour, Duration.ofHours(1));
        this.lookups = limits.of("petition.lookup", lookupsPerHour, Duration.ofHours(1));
    }

    @GetMapping("/portal/petitions/new")
    String initSubmitForm(Model model) {
        model.addAttribute("form", Submission.empty(Channel.WEB, UUID.randomUUID().toString()));
        return form(model);
    }

    /** Coordinates typed the Vietnamese way ("10,95") read as the map writes them ("10.95"). */
    @InitBinder("form")
    void decimalCommas(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new CustomNumberEditor(BigDecimal.class, true) {
            @Override
            public void setAsText(String text) {
                super.setAsText(text == null ? null : text.strip().replace(',', '.'));
            }
        });
    }

    /**
     * The citizen's petition. When the form comes back with errors, the files chosen are not lost: they are kept
     * ({@link PendingAttachments}) under a token the form carries ({@link KeptFiles}), listed with a box to remove
     * each, and attached when the form succeeds.
     */
    @PostMapping("/portal/petitions")
    String processSubmitForm(@Valid @ModelAttribute("form") Submission form, BindingResult result,
            @Valid @ModelAttribute("keptFiles") KeptFiles kept, BindingResult keptResult, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        String heldToken = KeptFiles.token(kept, keptResult);
        if (!submissions.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            result.reject("petition.error.tooMany", new Object[] {submissions.capacity()}, null);
            model.addAttribute("filesKept", pending.held(heldToken));
            return form(model);
        }
        if (!keptResult.hasErrors()) {
            pending.drop(heldToken, kept.dropFile());
        }
        if (!form.consentGiven() && result.getFieldErrorCount("consent") == 0) {
            result.rejectValue("consent", "petition.error.consent");
        }
        String missing = form.missingCoordinate();
        if (missing != null && result.getFieldErrorCount(missing) == 0) {
            result.rejectValue(missing, "petition.error.locationBoth");
        }
        if (result.hasErrors()) {
            return formAgain(form, heldToken, result, model);
        }
        try {
            Receipt receipt = intake.receiveWithFiles(form, Channel.WEB, CITIZEN, heldToken);
            model.addAttribute("receipt", receipt);
            return RECEIVED;
        } catch (InvalidRequestException e) {
            if (aboutFiles(e)) {
                // a file refused: the ones kept before stay; those just chosen are what was refused
                Forms.reject(result, onFiles(e));
                model.addAttribute("filesKept", pending.held(heldToken));
                return form(model);
            }
            Forms.reject(result, e);
            return formAgain(form, heldToken, result, model);
        }
    }

    private static boolean aboutFiles(InvalidRequestException e) {
        return e.problems().stream().allMatch(p -> p.messageKey().startsWith("attachment."));
    }

    /** The attachment module's refusals, which name no field, shown at the form's file input. */
    private static List<Problem> onFiles(InvalidRequestException e) {
        return e.problems().stream()
                .map(p -> new Problem(p.field() == null ? "files" : p.field(), p.messageKey(), p.arguments()))
                .toList();
    }

    @GetMapping("/portal/petitions/lookup")
    String lookup(@RequestParam(required = false) String code, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("code", code);
        if (code == null || code.isBlank()) {
            return LOOKUP;
        }
        if (!lookups.tryAcquire(request.getRemoteAddr())) {
            return tooMany(model, response);
        }
        show(code, null, model);
        return LOOKUP;
    }

    /** "I sent this petition": with the right citizen key, the page for the petitioner. */
    @PostMapping("/portal/petitions/lookup")
    String openAsPetitioner(@Valid @ModelAttribute("ownerForm") CitizenForms.OwnerForm form, BindingResult result,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!lookups.tryAcquire(request.getRemoteAddr())) {
            return tooMany(model, response);
        }
        model.addAttribute("code", form.code());
        if (!result.hasErrors()) {
            try {
                feedback.owned(form.code(), form.key());
                show(form.code(), form.key(), model);
                return LOOKUP;
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        show(form.code(), null, model);
        return LOOKUP;
    }

    @PostMapping("/portal/petitions/rate")
    String rate(@Valid @ModelAttribute("rateForm") CitizenForms.RateForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        if (!lookups.tryAcquire(request.getRemoteAddr())) {
            return tooMany(model, response);
        }
        if (!result.hasErrors()) {
            try {
                feedback.rate(form.code(), form.key(), form.rating(), form.comment());
                redirect.addFlashAttribute("flash", "petition.public.rated");
                return "redirect:/portal/petitions/lookup?code=" + TrackingCodes.normalise(form.code());
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return again(form.code(), form.key(), model);
    }

    @PostMapping("/portal/petitions/reopen")
    String reopen(@Valid @ModelAttribute("reopenForm") CitizenForms.ReopenForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        if (!lookups.tryAcquire(request.getRemoteAddr())) {
            return tooMany(model, response);
        }
        if (!result.hasErrors()) {
            try {
                feedback.requestReopen(form.code(), form.key(), form.reason());
                redirect.addFlashAttribute("flash", "petition.public.reopened");
                return "redirect:/portal/petitions/lookup?code=" + TrackingCodes.normalise(form.code());
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return again(form.code(), form.key(), model);
    }

    /**
     * A petitioner's form that came back: their page when the key holds; otherwise the public page, the
     * key's problem shown on the form that asks for it, with what was typed.
     */
    private String again(String code, String key, Model model) {
        model.addAttribute("code", code);
        try {
            feedback.owned(code, key);
            show(code, key, model);
        } catch (InvalidRequestException e) {
            CitizenForms.OwnerForm owner = new CitizenForms.OwnerForm(code, key);
            BindingResult problems = new DirectFieldBindingResult(owner, "ownerForm");
            if (TypedText.isBlank(key)) {
                problems.rejectValue("key", "petition.error.citizenKeyRequired");
            } else {
                Forms.reject(problems, e);
            }
            model.addAttribute("ownerForm", owner);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "ownerForm", problems);
            show(code, null, model);
        }
        return LOOKUP;
    }

    /**
     * The petition of {@code code} as anybody sees it; with {@code ownerKey} (already checked) as its
     * petitioner sees it: the answer written to them and the forms to rate it and ask to reopen it.
     */
    private void show(String code, String ownerKey, Model model) {
        petitions.findForCitizen(TrackingCodes.normalise(code)).ifPresentOrElse(found -> {
            Petition p = found.petition();
            model.addAttribute("petition", p);
            model.addAttribute("categoryName", found.categoryName());
            model.addAttribute("unitName", found.unitName());
            model.addAttribute("steps", found.steps());
            model.addAttribute("progress", found.progress());
            model.addAttribute("followed", merged.followed(p));
            model.addAttribute("owner", ownerKey != null);
            if (ownerKey != null) {
                model.addAttribute("ratings", RATINGS);
                model.addAttribute("reopenable", p.reopenableAt(OffsetDateTime.now(clock)));
                if (!model.containsAttribute("rateForm")) {
                    model.addAttribute("rateForm", new CitizenForms.RateForm(p.code(), ownerKey, null, null));
                }
                if (!model.containsAttribute("reopenForm")) {
                    model.addAttribute("reopenForm", new CitizenForms.ReopenForm(p.code(), ownerKey, null));
                }
            } else if (!model.containsAttribute("ownerForm")) {
                model.addAttribute("ownerForm", new CitizenForms.OwnerForm(p.code(), null));
            }
        }, () -> model.addAttribute("notFound", true));
    }

    private String tooMany(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        model.addAttribute("tooMany", new Problem(null, "petition.error.tooManyLookups", lookups.capacity()));
        return LOOKUP;
    }

    /** The form with its errors and the files kept so far, the ones just chosen among them when they pass. */
    private String formAgain(Submission form, String heldToken, BindingResult result, Model model) {
        PendingAttachments.Held held;
        try {
            held = pending.hold(heldToken, form.files());
        } catch (InvalidRequestException e) {
            Forms.reject(result, onFiles(e));
            held = pending.held(heldToken);
        }
        model.addAttribute("filesKept", held);
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("map", map);
        PendingAttachments.Held held = model.containsAttribute("filesKept")
                ? (PendingAttachments.Held) model.getAttribute("filesKept") : PendingAttachments.Held.NONE;
        model.addAttribute("filesKept", held);
        model.addAttribute("filesKeptChoices", Choice.of(held.files(), AttachmentView::id, AttachmentView::fileName));
        if (!model.containsAttribute("keptFiles")) {
            model.addAttribute("keptFiles", new KeptFiles(null, List.of()));
        }
        model.addAttribute("kinds", Choice.ofEnum(PetitionKind::messageKey, PetitionKind.values()));
        model.addAttribute("categories", Choice.of(petitions.categories(true), CategoryView::id, CategoryView::name));
        model.addAttribute("units", picker.field(UnitPicker.Scope.PUBLIC));
        return FORM;
    }
}
