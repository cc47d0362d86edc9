package vn.danvan.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.organisation.UnitPicker;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitTree;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.ActionForm;
import vn.danvan.shared.web.Choice;
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

    private final UnitPicker picker;
    private final ReportingService reporting;
    private final ReportingPeriods opening;
    private final ReportingTemplates templates;
    private final ReportWork work;
    private final Reports reports;
    private final ReportReminders reminders;
    private final OrganisationScope scope;
    private final OrganisationService organisation;
    private final Clock clock;

    ReportingController(UnitPicker picker, ReportingService reporting, ReportingPeriods opening, ReportingTemplates templates,
            ReportWork work, Reports reports, ReportReminders reminders, OrganisationScope scope,
            OrganisationService organisation, Clock clock) {
        this.picker = picker;
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
            // the period's own rules too, so that every message shows at once
            Forms.reject(result, opening.check(form));
            return periodForm(model);
        }
        try {
            long id = opening.open(form);
            LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
            if (form.deadline().isBefore(today)) {
                // opened as asked (a late period for the record is lawful), but said plainly: every report is late
                redirect.addFlashAttribute("flash", "reporting.period.openedPastDeadline");
                redirect.addFlashAttribute("flashArgs", List.of(DanVanTime.DATE.format(form.deadline())));
            } else {
                redirect.addFlashAttribute("flash", "reporting.period.opened");
            }
            return "redirect:/reporting/periods/" + id;
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return periodForm(model);
        }
    }

    private String periodForm(Model model) {
        model.addAttribute("templates", Choice.of(templates.list(), ReportingTemplate::id, ReportingTemplate::name));
        model.addAttribute("units", picker.several(UnitPicker.Scope.ANY));
        return PERIOD_FORM;
    }

    /**
     * A period's completeness as a summary per child unit of {@code unit} (the viewer's unit, or the
     * committee it serves for the roles that see every unit), with a drill-down: a few hundred rows at
     * most whatever the number of units reporting.
     */
    @GetMapping("/reporting/periods/{id}")
    String period(@PathVariable long id, @RequestParam(required = false) Long unit, Model model) {
        ReportingPeriod period = reporting.period(id).orElseThrow(() -> new NotFoundException("period", id));
        UnitTree tree = organisation.activeTree();
        CurrentUser user = scope.requireUser();
        UnitView home = tree.home(user.unitId(), user.districtWide())
                .orElseThrow(() -> new AccessDeniedException("no active unit"));
        UnitView shown = unit == null ? home : tree.unit(unit)
                .orElseThrow(() -> new InvalidRequestException("reporting.period.unit.unknown", String.valueOf(unit)));
        scope.checkUnit(shown.id());
        List<UnitReportStatus> visible = reporting.visibleReports(id);
        PeriodSummary summary = PeriodSummary.of(tree, home, shown, tree.summaryRows(shown, home, user.districtWide()),
                visible);
        model.addAttribute("period", period);
        model.addAttribute("summary", summary);
        model.addAttribute("completeness", summary.completeness());
        model.addAttribute("unsent", visible.stream().filter(r -> !r.submitted()).count());
        model.addAttribute("base", "/reporting/periods/" + id);
        return PERIOD;
    }

    @GetMapping("/reporting/reports/{id}")
    String report(@PathVariable long id, Model model) {
        return reportPage(id, model);
    }

    @PostMapping("/reporting/reports/{id}/write")
    String write(@PathVariable long id, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        work.ofOwnUnit(id, false);
        if (result.hasErrors()) {
            return reportPage(id, model);
        }
        Set<String> highlights = form.highlights().stream().filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        try {
            work.write(id, form.version() == null ? -1 : form.version(), form.sections(), highlights, form.figures(),
                    form.selfRating());
        } catch (InvalidRequestException e) {
            if (e.field() == null) {
                throw e;
            }
            Forms.reject(result, e);
            return reportPage(id, model);
        }
        redirect.addFlashAttribute("flash", "reporting.report.saved");
        return "redirect:/reporting/reports/" + id;
    }

    @PostMapping("/reporting/reports/{id}/{action:start|refresh|signOff|submit|accept}")
    String step(@PathVariable long id, @PathVariable String action, @Valid ActionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        work.visible(id);
        Forms.requireValid(result);
        try {
            switch (action) {
                case "start" -> work.start(id, form.version());
                case "refresh" -> work.refreshFigures(id, form.version());
                case "signOff" -> work.signOff(id, form.version());
                case "submit" -> work.submit(id, form.version());
                default -> work.accept(id, form.version());
            }
        } catch (InvalidRequestException e) {
            if (e.field() == null) {
                throw e;
            }
            model.addAttribute("actionErrors", e.problems());
            return reportPage(id, model);
        }
        redirect.addFlashAttribute("flash", doneKey(action));
        return "redirect:/reporting/reports/" + id;
    }

    @PostMapping("/reporting/reports/{id}/return")
    String returnForCorrection(@PathVariable long id, @Valid @ModelAttribute("reasonForm") ReturnForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        work.forReview(id);
        if (!result.hasErrors()) {
            try {
                work.returnForCorrection(id, form.version(), form.comment());
                redirect.addFlashAttribute("flash", doneKey("return"));
                return "redirect:/reporting/reports/" + id;
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return reportPage(id, model);
    }

    @PostMapping("/reporting/reports/{id}/reopen")
    String reopen(@PathVariable long id, @Valid @ModelAttribute("reasonForm") ReopenForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        work.forReview(id);
        if (!result.hasErrors()) {
            try {
                work.reopen(id, form.version(), form.comment());
                redirect.addFlashAttribute("flash", doneKey("reopen"));
                return "redirect:/reporting/reports/" + id;
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return reportPage(id, model);
    }

    @PostMapping("/reporting/reports/{id}/remind")
    @PreAuthorize("hasAnyRole('HOME_AFFAIRS','ADMIN')")
    String remind(@PathVariable long id, RedirectAttributes redirect) {
        work.visible(id);
        boolean sent = reminders.sendByHand(id);
        redirect.addFlashAttribute("flash", sent ? "reporting.reminder.sent" : "reporting.reminder.alreadyToday");
        return "redirect:/reporting/reports/" + id;
    }

    /** Home Affairs urges every unit of the period that has not submitted, in one action. */
    @PostMapping("/reporting/periods/{id}/remind")
    @PreAuthorize("hasRole('HOME_AFFAIRS')")
    String remindAllUnsent(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashArgs", reminders.sendByHandToAllUnsent(id).counts());
        redirect.addFlashAttribute("flash", "reporting.reminder.sentAll");
        return "redirect:/reporting/periods/" + id;
    }

    /** The flash message of a step: {@code reporting.action.<action>.done}. */
    private static String doneKey(String action) {
        return "reporting.action." + action + ".done";
    }

    /** The report with its forms; a form that came back with errors keeps what was typed. */
    private String reportPage(long id, Model model) {
        UnitReport r = work.visible(id);
        ReportingPeriod period = reporting.period(r.periodId()).orElseThrow();
        ReportingTemplate template = templates.find(period.templateId()).orElseThrow();
        CurrentUser user = scope.requireUser();
        boolean member = organisation.branch(user.unitId()).contains(r.unitId());
        boolean unitStaff = member && (user.has(Role.OFFICER) || user.has(Role.UNIT_HEAD));
        boolean head = member && user.has(Role.UNIT_HEAD);
        boolean homeAffairs = user.has(Role.HOME_AFFAIRS) || user.has(Role.ADMIN);
        Map<String, ReportFigure> figures = reports.figures(id);
        Map<String, String> sections = reports.sections(id);
        List<String> highlighted = reports.highlighted(id);
        model.addAttribute("report", r);
        model.addAttribute("status", reports.status(id).orElseThrow());
        model.addAttribute("period", period);
        model.addAttribute("template", template);
        model.addAttribute("figures", figures);
        List<TemplateSection> parts = template.sections();
        model.addAttribute("highlightChoices", java.util.stream.IntStream.range(0, parts.size()).boxed()
                .collect(Collectors.toMap(n -> parts.get(n).code(), n -> List.of(Choice.ofKey(parts.get(n).code(),
                        "reporting.report.highlight").withId("highlight-" + n)))));
        model.addAttribute("sections", sections);
        model.addAttribute("history", reports.history(id));
        model.addAttribute("reminders", reminders.sentFor(id));
        model.addAttribute("ratings", Choice.ofEnum(SelfRating::messageKey, SelfRating.values()));
        model.addAttribute("canWrite", unitStaff && r.state().editable());
        model.addAttribute("canSignOff", head && r.state() == ReportState.DRAFT);
        model.addAttribute("canSubmit", head && r.state() == ReportState.SIGNED_OFF);
        model.addAttribute("canReview", homeAffairs && r.state() == ReportState.SUBMITTED);
        model.addAttribute("canReopen", homeAffairs && r.state() == ReportState.ACCEPTED);
        model.addAttribute("canRemind", homeAffairs && !r.state().submitted());
        if (!model.containsAttribute("reportForm")) {
            Map<String, String> values = new LinkedHashMap<>();
            template.indicators().stream().filter(TemplateIndicator::manual).forEach(i -> {
                ReportFigure f = figures.get(i.code());
                values.put(i.code(), f == null ? null : FigureInput.show(f.value()));
            });
            model.addAttribute("reportForm", new ReportForm(new LinkedHashMap<>(sections), values,
                    List.copyOf(highlighted), r.selfRating(), r.version()));
        }
        if (!model.containsAttribute("reasonForm")) {
            model.addAttribute("reasonForm", new ReturnForm(null, r.version()));
        }
        return REPORT;
    }
}
