package vn.danvan.friendly;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.shared.web.AddressRateLimit;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * The citizens' satisfaction survey on the portal, no sign-in: choose the unit, rate five questions,
 * optionally comment; limited per client address and hour (the address is only counted in memory,
 * never stored). Nothing asks for or keeps a name or a contact.
 */
@Controller
class SurveyPortalController {

    static final String FORM = "friendly/portal-survey";
    static final String THANKS = "friendly/portal-thanks";

    private final FriendlySurvey survey;
    private final AddressRateLimit answers;

    SurveyPortalController(FriendlySurvey survey, FriendlySettings settings) {
        this.survey = survey;
        this.answers = new AddressRateLimit(settings.surveyPerHour(), Duration.ofHours(1));
    }

    @GetMapping("/portal/survey")
    String form(@RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("unitId", unitId);
        model.addAttribute("ratings", Map.of());
        return render(model);
    }

    @PostMapping("/portal/survey")
    String answer(@RequestParam(required = false) Long unitId, @RequestParam Map<String, String> params,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> ratings = new LinkedHashMap<>();
        FriendlySurvey.QUESTIONS.forEach(q -> ratings.put(q, params.get(q)));
        String comment = params.get("comment");
        model.addAttribute("unitId", unitId);
        model.addAttribute("ratings", ratings);
        model.addAttribute("comment", comment);
        if (!answers.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("surveyError", new InvalidRequestException("friendly.survey.error.tooMany",
                    answers.capacity()));
            return render(model);
        }
        try {
            survey.answer(new FriendlySurvey.Answer(unitId, ratings, comment));
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("surveyError", e);
            return render(model);
        }
        return "redirect:/portal/survey/thanks";
    }

    @GetMapping("/portal/survey/thanks")
    String thanks() {
        return THANKS;
    }

    private String render(Model model) {
        model.addAttribute("units", survey.units());
        model.addAttribute("questions", FriendlySurvey.QUESTIONS);
        model.addAttribute("commentMax", FriendlySurvey.COMMENT_MAX);
        return FORM;
    }
}
