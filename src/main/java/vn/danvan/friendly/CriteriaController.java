package vn.danvan.friendly;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.friendly.FriendlyCriteria.CriterionForm;
import vn.danvan.shared.web.InvalidRequestException;

/** The criteria set of a year: read by everyone who works with assessments, kept by Home Affairs and administrators. */
@Controller
class CriteriaController {

    static final String VIEW = "friendly/criteria";

    private final FriendlyCriteria criteria;
    private final FriendlyAssessments assessments;
    private final Clock clock;

    CriteriaController(FriendlyCriteria criteria, FriendlyAssessments assessments, Clock clock) {
        this.criteria = criteria;
        this.assessments = assessments;
        this.clock = clock;
    }

    @GetMapping("/friendly/criteria")
    String show(@RequestParam(required = false) Integer year, Model model) {
        assessments.requireUse();
        return render(year == null ? LocalDate.now(clock).getYear() : year, model);
    }

    @PostMapping("/friendly/criteria")
    String add(@RequestParam int year, CriterionForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            criteria.add(year, form);
        } catch (InvalidRequestException e) {
            return refused(year, null, form, e, model, response);
        }
        redirect.addFlashAttribute("flash", "friendly.flash.criterionSaved");
        return "redirect:/friendly/criteria?year=" + year;
    }

    @PostMapping("/friendly/criteria/{id}")
    String update(@PathVariable long id, CriterionForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        int year = criteria.get(id).assessmentYear();
        try {
            criteria.update(id, form);
        } catch (InvalidRequestException e) {
            return refused(year, id, form, e, model, response);
        }
        redirect.addFlashAttribute("flash", "friendly.flash.criterionSaved");
        return "redirect:/friendly/criteria?year=" + year;
    }

    @PostMapping("/friendly/criteria/close")
    String close(@RequestParam int year, RedirectAttributes redirect) {
        criteria.close(year);
        redirect.addFlashAttribute("flash", "friendly.flash.yearClosed");
        return "redirect:/friendly/criteria?year=" + year;
    }

    private String refused(int year, Long id, CriterionForm form, InvalidRequestException e, Model model,
            HttpServletResponse response) {
        if (e.field() == null) {
            throw e;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("criterionError", e);
        model.addAttribute("errorId", id == null ? 0L : id);
        model.addAttribute("typed", form);
        return render(year, model);
    }

    private String render(int year, Model model) {
        if (!criteria.canEdit() && !assessments.mayUse()) {
            throw new AccessDeniedException("no access to friendly criteria");
        }
        var list = criteria.criteria(year);
        model.addAttribute("year", year);
        model.addAttribute("criteria", list);
        model.addAttribute("total", list.stream().mapToInt(Criterion::maxPoints).sum());
        model.addAttribute("closed", criteria.closed(year));
        model.addAttribute("canEdit", criteria.canEdit() && !criteria.closed(year));
        return VIEW;
    }
}
