package vn.danvan.friendly;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import vn.danvan.friendly.FriendlyAssessments.Review;
import vn.danvan.friendly.ScoreRules.Entry;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
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
    String save(@PathVariable long unitId, @RequestParam(required = false) Integer year,
            @RequestParam Map<String, String> params, @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        int y = year(year);
        AssessmentView current = assessments.view(unitId, y);
        Map<Long, Entry> entries = new HashMap<>();
        for (AssessmentView.Line l : current.lines()) {
            long id = l.criterion().id();
            entries.put(id, new Entry(params.get("points_" + id), params.get("evidence_" + id)));
        }
        boolean submit = "submit".equals(action);
        var outcome = assessments.save(unitId, y, entries, version, submit);
        if (!outcome.ok()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", outcome.problems());
            model.addAttribute("typed", entries);
            return render(current, model);
        }
        redirect.addFlashAttribute("flash", submit ? "friendly.flash.submitted" : "friendly.flash.saved");
        return "redirect:/friendly/units/" + unitId + "?year=" + y;
    }

    @PostMapping("/friendly/assessments/{id}/review")
    String review(@PathVariable long id, @RequestParam Map<String, String> params, @RequestParam long version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        long[] key = assessments.unitAndYear(id).orElseThrow(() -> new NotFoundException("assessment", id));
        AssessmentView current = assessments.view(key[0], (int) key[1]);
        Map<Long, Review> reviews = new HashMap<>();
        for (AssessmentView.Line l : current.lines()) {
            long c = l.criterion().id();
            reviews.put(c, new Review(params.get("reviewedPoints_" + c), params.get("reviewComment_" + c)));
        }
        var outcome = assessments.review(id, reviews, version);
        if (!outcome.ok()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("reviewProblems", outcome.problems());
            model.addAttribute("typedReviews", reviews);
            return render(current, model);
        }
        redirect.addFlashAttribute("flash", "friendly.flash.reviewed");
        return "redirect:/friendly/units/" + key[0] + "?year=" + key[1];
    }

    @PostMapping("/friendly/assessments/{id}/return")
    String returnToUnit(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam long version, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        long[] key = assessments.unitAndYear(id).orElseThrow(() -> new NotFoundException("assessment", id));
        AssessmentView current = assessments.view(key[0], (int) key[1]);
        try {
            assessments.returnToUnit(id, reason, version);
        } catch (InvalidRequestException e) {
            if (e.field() == null) {
                throw e;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("returnError", e);
            model.addAttribute("typedReason", reason);
            return render(current, model);
        }
        redirect.addFlashAttribute("flash", "friendly.flash.returned");
        return "redirect:/friendly/units/" + key[0] + "?year=" + key[1];
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

    private String render(AssessmentView a, Model model) {
        model.addAttribute("assessment", a);
        model.addAttribute("year", a.year());
        model.addAttribute("canEdit", a.status().editable() && assessments.canEdit(a.unitId()));
        model.addAttribute("canSubmit", a.status().editable() && assessments.canSubmit(a.unitId()));
        model.addAttribute("canReview", a.status() == AssessmentStatus.SUBMITTED && assessments.canReview());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        if (!model.containsAttribute("reviewProblems")) {
            model.addAttribute("reviewProblems", Map.of());
        }
        return ASSESSMENT;
    }
}
