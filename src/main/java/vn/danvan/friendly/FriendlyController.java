package vn.danvan.friendly;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

import vn.danvan.organisation.OrganisationScope;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;
import vn.danvan.shared.web.TableExport;

/**
 * Staff screens: the year's assessments of the units in scope (Home Affairs, leaders and
 * administrators see every unit, with totals and an export), a unit's assessment where its officers
 * score and its head submits and where Home Affairs reviews or returns it, and a unit's survey results.
 */
@Controller
class FriendlyController {

    static final String LIST = "friendly/list";
    static final String ASSESSMENT = "friendly/assessment";
    static final String SURVEY = "friendly/survey-results";

    private final FriendlyAssessments assessments;
    private final FriendlySurvey survey;
    private final OrganisationScope scope;
    private final MessageSource messages;
    private final Clock clock;

    FriendlyController(FriendlyAssessments assessments, FriendlySurvey survey, OrganisationScope scope,
            MessageSource messages, Clock clock) {
        this.assessments = assessments;
        this.survey = survey;
        this.scope = scope;
        this.messages = messages;
        this.clock = clock;
    }

    private int year(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    @GetMapping("/friendly")
    String list(@RequestParam(required = false) Integer year, Model model) {
        assessments.requireUse();
        int y = year(year);
        var user = scope.requireUser();
        if (!user.districtWide()) {
            return "redirect:/friendly/units/" + user.unitId() + "?year=" + y;
        }
        model.addAttribute("year", y);
        model.addAttribute("assessments", assessments.list(y));
        return LIST;
    }

    @GetMapping("/friendly/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "xlsx") String format) {
        int y = year(year);
        List<List<Object>> rows = new ArrayList<>();
        for (AssessmentView a : assessments.list(y)) {
            rows.add(List.of(a.unitName(), messages.getMessage(a.status().messageKey(), null,
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()),
                    a.id() == null ? "" : a.selfTotal(), a.reviewedTotal() == null ? "" : a.reviewedTotal(),
                    a.survey().answers(), a.survey().overallPercent() == null ? "" : a.survey().overallPercent()));
        }
        return TableExport.of(format, "cong-so-than-thien-" + y, TableExport.header(messages, "friendly.unit",
                "friendly.status", "friendly.selfTotal", "friendly.reviewedTotal", "friendly.survey.answers",
                "friendly.indicator.satisfaction"), rows);
    }

    @GetMapping("/friendly/units/{unitId}")
    String assessment(@PathVariable long unitId, @RequestParam(required = false) Integer year, Model model) {
        return render(assessments.view(unitId, year(year)), model);
    }

    @PostMapping("/friendly/units/{unitId}")
    String save(@PathVariable long unitId, @Valid @ModelAttribute("friendlyAssessmentForm") AssessmentForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        assessments.requireEdit(unitId, form.submitting());
        requireUntampered(result, "year", "version", "action");
        int y = year(form.year());
        AssessmentView current = assessments.view(unitId, y);
        if (result.hasErrors()) {
            Forms.reject(result, ScoreRules.check(current.lines().stream().map(AssessmentView.Line::criterion).toList(),
                    form.points(), form.evidence(), form.submitting()));
            return render(current, model);
        }
        List<Problem> problems = assessments.save(unitId, y, form);
        if (!problems.isEmpty()) {
            Forms.reject(result, problems);
            return render(current, model);
        }
        redirect.addFlashAttribute("flash", form.submitting() ? "friendly.flash.submitted" : "friendly.flash.saved");
        return "redirect:/friendly/units/" + unitId + "?year=" + y;
    }

    /*
     * An assessment's addresses name it {assessmentId}, not {id}: a path variable is a variable of the
     * page, and fragments/forms reads "id" as the id of a field it draws.
     */
    @PostMapping("/friendly/assessments/{assessmentId}/review")
    String review(@PathVariable("assessmentId") long id,
            @Valid @ModelAttribute("friendlyAssessmentForm") ReviewForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        AssessmentView current = assessments.submitted(id);
        requireUntampered(result, "version");
        if (result.hasErrors()) {
            Forms.reject(result, FriendlyAssessments.check(current, form));
            return render(current, model);
        }
        List<Problem> problems = assessments.review(id, form);
        if (!problems.isEmpty()) {
            Forms.reject(result, problems);
            return render(current, model);
        }
        redirect.addFlashAttribute("flash", "friendly.flash.reviewed");
        return "redirect:/friendly/units/" + current.unitId() + "?year=" + current.year();
    }

    @PostMapping("/friendly/assessments/{assessmentId}/return")
    String returnToUnit(@PathVariable("assessmentId") long id, @Valid @ModelAttribute("returnForm") ReturnForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        AssessmentView current = assessments.submitted(id);
        requireUntampered(result, "version");
        if (!result.hasErrors()) {
            try {
                assessments.returnToUnit(id, form);
                redirect.addFlashAttribute("flash", "friendly.flash.returned");
                return "redirect:/friendly/units/" + current.unitId() + "?year=" + current.year();
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return render(current, model);
    }

    /** Fields nobody types (the year in the address, the version, the button) wrong only on a tampered page: 400. */
    private static void requireUntampered(BindingResult result, String... hidden) {
        for (String field : hidden) {
            if (result.hasFieldErrors(field)) {
                Forms.requireValid(result);
            }
        }
    }

    @GetMapping("/friendly/units/{unitId}/survey")
    String surveyResults(@PathVariable long unitId, @RequestParam(required = false) Integer year, Model model) {
        int y = year(year);
        AssessmentView a = assessments.view(unitId, y);
        model.addAttribute("assessment", a);
        model.addAttribute("year", y);
        model.addAttribute("questions", FriendlySurvey.QUESTIONS);
        model.addAttribute("comments", survey.comments(unitId, y));
        return SURVEY;
    }

    /** The assessment with its forms; a form that came back with errors keeps what was typed. */
    private String render(AssessmentView a, Model model) {
        boolean canReview = a.status() == AssessmentStatus.SUBMITTED && assessments.canReview();
        model.addAttribute("assessment", a);
        model.addAttribute("year", a.year());
        model.addAttribute("canEdit", a.status().editable() && assessments.canEdit(a.unitId()));
        model.addAttribute("canSubmit", a.status().editable() && assessments.canSubmit(a.unitId()));
        model.addAttribute("canReview", canReview);
        if (!model.containsAttribute("friendlyAssessmentForm")) {
            Map<Long, BigDecimal> points = new HashMap<>();
            Map<Long, String> evidence = new HashMap<>();
            a.lines().forEach(l -> {
                if (l.points() != null && !l.criterion().fromSurvey()) {
                    points.put(l.criterion().id(), l.points());
                }
                if (l.evidence() != null) {
                    evidence.put(l.criterion().id(), l.evidence());
                }
            });
            model.addAttribute("friendlyAssessmentForm", canReview ? new ReviewForm(Map.of(), Map.of(), a.version())
                    : new AssessmentForm(a.year(), points, evidence, a.version(), AssessmentForm.Action.SAVE));
        }
        if (!model.containsAttribute("returnForm")) {
            model.addAttribute("returnForm", new ReturnForm(null, a.version()));
        }
        return ASSESSMENT;
    }
}
