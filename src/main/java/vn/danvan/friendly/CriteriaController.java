package vn.danvan.friendly;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.Forms;
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

    private int year(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    @GetMapping("/friendly/criteria")
    String show(@RequestParam(required = false) Integer year, Model model) {
        assessments.requireUse();
        return render(year(year), model);
    }

    @PostMapping("/friendly/criteria")
    String add(@Valid @ModelAttribute("newCriterionForm") CriterionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        requireEditor();
        if (result.hasFieldErrors("year") || form.year() == null) {
            // the year is in the form's address, never typed
            throw new InvalidRequestException("error.status.4xx");
        }
        requireOpen(form.year());
        if (result.hasErrors()) {
            return render(form.year(), model);
        }
        criteria.add(form.year(), form);
        redirect.addFlashAttribute("flash", "friendly.flash.criterionSaved");
        return "redirect:/friendly/criteria?year=" + form.year();
    }

    /*
     * A criterion's address names it {criterionId}, not {id}: a path variable is a variable of the page,
     * and fragments/forms reads "id" as the id of a field it draws. The row that came back with errors is
     * drawn from the form (failedId), the others from the criteria.
     */
    @PostMapping("/friendly/criteria/{criterionId}")
    String update(@PathVariable("criterionId") long id, @Valid @ModelAttribute("criterionForm") CriterionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        requireEditor();
        int year = criteria.get(id).assessmentYear();
        requireOpen(year);
        if (result.hasFieldErrors("version")) {
            Forms.requireValid(result);
        }
        if (result.hasErrors()) {
            model.addAttribute("failedId", id);
            return render(year, model);
        }
        criteria.update(id, form);
        redirect.addFlashAttribute("flash", "friendly.flash.criterionSaved");
        return "redirect:/friendly/criteria?year=" + year;
    }

    @PostMapping("/friendly/criteria/close")
    String close(@Valid YearForm form, BindingResult result, RedirectAttributes redirect) {
        requireEditor();
        Forms.requireValid(result);
        criteria.close(form.year());
        redirect.addFlashAttribute("flash", "friendly.flash.yearClosed");
        return "redirect:/friendly/criteria?year=" + form.year();
    }

    private void requireEditor() {
        if (!criteria.canEdit()) {
            throw new AccessDeniedException("may not edit friendly criteria");
        }
    }

    /** A closed year's set is not changed (400), whatever the form holds. */
    private void requireOpen(int year) {
        if (criteria.closed(year)) {
            throw new InvalidRequestException("friendly.error.yearClosed");
        }
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
        model.addAttribute("sources", List.of(Choice.ofKey(true, "common.yes"), Choice.ofKey(false, "common.no")));
        if (!model.containsAttribute("criterionForm")) {
            model.addAttribute("criterionForm", CriterionForm.empty(year, 1));
        }
        if (!model.containsAttribute("newCriterionForm")) {
            model.addAttribute("newCriterionForm", CriterionForm.empty(year, list.size() + 1));
        }
        return VIEW;
    }
}
