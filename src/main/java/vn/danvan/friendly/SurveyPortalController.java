package vn.danvan.friendly;

import java.time.Duration;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.organisation.UnitPicker;
import vn.danvan.shared.web.AddressRateLimit;
import vn.danvan.shared.web.AddressRateLimits;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * The citizens' satisfaction survey on the portal, no sign-in: choose the unit, rate five questions,
 * optionally comment; limited per client address and hour (the address is only counted in memory,
 * never stored), every answer sent counting, refused or not. Nothing asks for or keeps a name or a
 * contact.
 */
@Controller
class SurveyPortalController {

    static final String FORM = "friendly/portal-survey";
    static final String THANKS = "friendly/portal-thanks";

    private final UnitPicker picker;
    private final FriendlySurvey survey;
    private final AddressRateLimit answers;

    SurveyPortalController(UnitPicker picker, FriendlySurvey survey, FriendlySettings settings, AddressRateLimits limits) {
        this.picker = picker;
        this.survey = survey;
        this.answers = limits.of("survey.answer", settings.surveyPerHour(), Duration.ofHours(1));
    }

    @GetMapping("/portal/survey")
    String form(@RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("surveyForm", SurveyForm.of(unitId));
        return render(model);
    }

    @PostMapping("/portal/survey")
    String answer(@Valid @ModelAttribute("surveyForm") SurveyForm form, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!answers.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            result.reject("friendly.survey.error.tooMany", new Object[] {answers.capacity()},
                    "friendly.survey.error.tooMany");
            return render(model);
        }
        if (result.hasErrors()) {
            return render(model);
        }
        try {
            survey.answer(form);
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return render(model);
        }
        return "redirect:/portal/survey/thanks";
    }

    @GetMapping("/portal/survey/thanks")
    String thanks() {
        return THANKS;
    }

    private String render(Model model) {
        model.addAttribute("units", picker.field(UnitPicker.Scope.PUBLIC, FriendlySurvey.assessedKinds()));
        model.addAttribute("questions", FriendlySurvey.QUESTIONS);
        model.addAttribute("ratings", IntStream.rangeClosed(1, 5)
                .mapToObj(r -> Choice.ofKey(r, "friendly.survey.rating." + r)).toList());
        return FORM;
    }
}
