package vn.danvan.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/**
 * The reporting screens: the periods, opening one (Home Affairs), a period's completeness, and a
 * unit's report with its figures, narrative, steps, history and reminders.
 */
@Controller
class ReportingController {

    static final String PERIODS = "reporting/periods";
    static final String PERIOD_FORM = "reporting/periodForm";
    static final String PERIOD = "reporting/period";
    static final String REPORT = "reporting/report";

    private final ReportingService reporting;
    private final ReportingPeriods opening;
    private final ReportingTemplates templates;
    private final ReportWork work;
    private final Reports reports;
    private final ReportReminders reminders;
    private final OrganisationScope scope;
    private final OrganisationService organisation;
    private final Clock clock;

    ReportingController(ReportingService reporting, ReportingPeriods opening, ReportingTemplates templates,
            ReportWork work, Reports reports, ReportReminders reminders, OrganisationScope scope,
            OrganisationService organisation, Clock clock) {
        this.reporting = reporting;
        this.opening = opening;
        this.templates = templates;
        this.work = work;
        this.reports = reports;
        this.reminders = reminders;
        this.scope = scope;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/reporting")
    String periods(Model model) {
        List<PeriodRow> rows = reporting.periods().stream().map(p -> {
            List<UnitReportStatus> visible = reporting.visibleReports(p.id());
            return new PeriodRow(p, reporting.completeness(visible), visible.size() == 1 ? visible.get(0) : null);
        }).toList();
        model.addAttribute("rows", rows);
        return PERIODS;
    }

    record PeriodRow(ReportingPeriod period, Completeness completeness, UnitReportStatus ownReport) {
    }

    @GetMapping("/reporting/periods/new")
    @PreAuthorize("hasAnyRole('HOME_AFFAIRS','ADMIN')")
    String initOpenForm(Model model) {
        int year = LocalDate.now(clock.withZone(DanVanTime.ZONE)).getYear();
        List<ReportingTemplate> all = templates.list();
        model.addAttribute("form", PeriodForm.defaults(year, all.isEmpty() ? null : all.get(all.size() - 1).id(),
                opening.defaultUnits().stream().map(UnitView::id).toList()));
        return periodForm(model);
    }

    @PostMapping("/reporting/periods")
    @PreAuthorize("hasAnyRole('HOME_AFFAIRS','ADMIN')")
    String processOpenForm(@Valid @ModelAttribute("form") PeriodForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return periodForm(model);
        }
        try {
            long id = opening.open(form.request());
            redirect.addFlashAttribute("flash", "reporting.period.opened");
            return "redirect:/reporting/periods/" + id;
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return periodForm(model);
        }
    }

    private String periodForm(Model model) {
        model.addAttribute("templates", templates.list());
        model.addAttribute("units", organisation.activeUnits());
        return PERIOD_FORM;
    }

    @GetMapping("/reporting/periods/{id}")
    String period(@PathVariable long id, Model model) {
        ReportingPeriod period = reporting.period(id).orElseThrow(() -> new NotFoundException("period", id));
        List<UnitReportStatus> visible = reporting.visibleReports(id);
        model.addAttribute("period", period);
        model.addAttribute("reports", visible);
        model.addAttribute("completeness", reporting.completeness(visible));
        return PERIOD;
    }

    @GetMapping("/reporting/reports/{id}")
    String report(@PathVariable long id, Model model) {
        return reportPage(id, model, Map.of(), Map.of());
    }

    @PostMapping("/reporting/reports/{id}/write")
    String write(@PathVariable long id, @RequestParam long version, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect) {
        Map<String, String> sections = new LinkedHashMap<>();
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        Map<String, String> typed = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        params.forEach((name, values) -> {
            String value = values.isEmpty() ? null : values.get(0);
            typed.put(name, value);
            if (name.startsWith("section.")) {
                sections.put(name.substring("section.".length()), value);
            } else if (name.startsWith("figure.") && value != null && !value.isBlank()) {
                try {
                    figures.put(name.substring("figure.".length()), new BigDecimal(value.strip().replace(',', '.')));
                } catch (NumberFormatException e) {
                    errors.put(name, "reporting.error.number");
                }
            }
        });
        Set<String> highlights = new HashSet<>(params.getOrDefault("highlight", List.of()));
        String rating = params.getFirst("selfRating");
        if (!errors.isEmpty()) {
            return reportPage(id, model, typed, errors);
        }
        try {
            work.write(id, version, sections, highlights, figures,
                    rating == null || rating.isBlank() ? null : SelfRating.valueOf(rating));
        } catch (InvalidRequestException e) {
            if (e.field() == null) {
                throw e;
            }
            return reportPage(id, model, typed, Map.of(e.field(), e.messageKey()));
        }
        redirect.addFlashAttribute("flash", "reporting.report.saved");
        return "redirect:/reporting/reports/" + id;
    }

    @PostMapping("/reporting/reports/{id}/{action:start|refresh|signOff|submit|accept}")
    String step(@PathVariable long id, @PathVariable String action, @RequestParam long version, Model model,
            RedirectAttributes redirect) {
        try {
            switch (action) {
                case "start" -> work.start(id, version);
                case "refresh" -> work.refreshFigures(id, version);
                case "signOff" -> work.signOff(id, version);
                case "submit" -> work.submit(id, version);
                default -> work.accept(id, version);
            }
        } catch (InvalidRequestException e) {
            if (e.field() == null) {
                throw e;
            }
            return reportPage(id, model, Map.of(), Map.of(e.field(), e.messageKey()));
        }
        redirect.addFlashAttribute("flash", doneKey(action));
        return "redirect:/reporting/reports/" + id;
    }

    @PostMapping("/reporting/reports/{id}/{action:return|reopen}")
    String withReason(@PathVariable long id, @PathVariable String action, @RequestParam long version,
            @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
        try {
            if (action.equals("return")) {
                work.returnForCorrection(id, version, comment);
            } else {
                work.reopen(id, version, comment);
            }
        } catch (InvalidRequestException e) {
            if (e.field() == null) {
                throw e;
            }
            return reportPage(id, model, Map.of(action + ".comment", comment == null ? "" : comment),
                    Map.of(action + ".comment", e.messageKey()));
        }
        redirect.addFlashAttribute("flash", doneKey(action));
        return "redirect:/reporting/reports/" + id;
    }

    @PostMapping("/reporting/reports/{id}/remind")
    @PreAuthorize("hasAnyRole('HOME_AFFAIRS','ADMIN')")
    String remind(@PathVariable long id, RedirectAttributes redirect) {
        work.visible(id);
        boolean sent = reminders.sendByHand(id);
        redirect.addFlashAttribute("flash", sent ? "reporting.reminder.sent" : "reporting.reminder.alreadyToday");
        return "redirect:/reporting/reports/" + id;
    }

    /** The flash message of a step: {@code reporting.action.<action>.done}. */
    private static String doneKey(String action) {
        return "reporting.action." + action + ".done";
    }

    private String reportPage(long id, Model model, Map<String, String> typed, Map<String, String> errors) {
        UnitReport r = work.visible(id);
        ReportingPeriod period = reporting.period(r.periodId()).orElseThrow();
        ReportingTemplate template = templates.find(period.templateId()).orElseThrow();
        CurrentUser user = scope.requireUser();
        boolean member = organisation.branch(user.unitId()).contains(r.unitId());
        boolean unitStaff = member && (user.has(Role.OFFICER) || user.has(Role.UNIT_HEAD));
        boolean head = member && user.has(Role.UNIT_HEAD);
        boolean homeAffairs = user.has(Role.HOME_AFFAIRS) || user.has(Role.ADMIN);
        model.addAttribute("report", r);
        model.addAttribute("status", reports.status(id).orElseThrow());
        model.addAttribute("period", period);
        model.addAttribute("template", template);
        model.addAttribute("figures", reports.figures(id));
        model.addAttribute("sections", reports.sections(id));
        model.addAttribute("highlights", new HashSet<>(reports.highlighted(id)));
        model.addAttribute("history", reports.history(id));
        model.addAttribute("reminders", reminders.sentFor(r.periodId(), r.unitId()));
        model.addAttribute("ratings", SelfRating.values());
        model.addAttribute("canWrite", unitStaff && r.state().editable());
        model.addAttribute("canSignOff", head && r.state() == ReportState.DRAFT);
        model.addAttribute("canSubmit", head && r.state() == ReportState.SIGNED_OFF);
        model.addAttribute("canReview", homeAffairs && r.state() == ReportState.SUBMITTED);
        model.addAttribute("canReopen", homeAffairs && r.state() == ReportState.ACCEPTED);
        model.addAttribute("canRemind", homeAffairs && !r.state().submitted());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return REPORT;
    }
}
