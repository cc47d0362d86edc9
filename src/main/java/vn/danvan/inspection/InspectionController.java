package vn.danvan.inspection;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

import vn.danvan.documents.DocumentFormat;
import vn.danvan.organisation.UnitField;
import vn.danvan.organisation.UnitPicker;
import vn.danvan.shared.web.ActionForm;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.TableExport;

/**
 * The staff screens under {@code /inspection}: plans, records with their checklist, violations, opening a
 * case from a petition, the conclusion as DOCX/PDF and the exports of what the user may see. Every change
 * checks who may make it first (403 for anyone else, whatever was sent), then the form, then the rules.
 */
@Controller
class InspectionController {

    static final String LIST = "inspection/list";
    static final String PLANS = "inspection/plans";
    static final String PLAN = "inspection/plan";
    static final String FORM = "inspection/form";
    static final String RECORD = "inspection/record";
    static final String VIOLATION_FORM = "inspection/violation-form";
    static final String VIOLATION = "inspection/violation";

    private final UnitPicker picker;
    private final InspectionPlans plans;
    private final Inspections inspections;
    private final Violations violations;
    private final InspectionAccess access;
    private final InspectionPeople people;
    private final ConclusionDocument conclusion;
    private final MessageSource messages;

    InspectionController(UnitPicker picker, InspectionPlans plans, Inspections inspections, Violations violations, InspectionAccess access,
            InspectionPeople people, ConclusionDocument conclusion, MessageSource messages) {
        this.picker = picker;
        this.plans = plans;
        this.inspections = inspections;
        this.violations = violations;
        this.access = access;
        this.people = people;
        this.conclusion = conclusion;
        this.messages = messages;
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    /** A form with a hidden version: a missing or tampered one is a stale or forged page, answered 400. */
    private static void requireVersion(BindingResult result) {
        if (result.hasFieldErrors("version")) {
            Forms.requireValid(result);
        }
    }

    private UnitField unitChoices() {
        return picker.field(UnitPicker.Scope.ANY);
    }

    private List<Choice> personChoices() {
        return people.all().stream().map(p -> Choice.of(p.id(), messages.getMessage("inspection.person.option",
                new Object[] {p.fullName(), p.unitName()}, LocaleContextHolder.getLocale()))).toList();
    }

    private static List<Choice> measureChoices() {
        return Choice.ofEnum(Measure::messageKey, Measure.values());
    }

    // ---- lists and exports

    @GetMapping("/inspection")
    String list(Model model) {
        model.addAttribute("inspections", inspections.visible());
        model.addAttribute("violations", violations.visible());
        model.addAttribute("manager", access.isManager());
        return LIST;
    }

    @GetMapping("/inspection/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "xlsx") String format) {
        List<List<Object>> rows = new ArrayList<>();
        for (Records.Inspection i : inspections.visible()) {
            rows.add(List.of(i.id(), i.unitName(), i.inspectedOn(), label(i.surprise() ? "inspection.kind.surprise"
                    : "inspection.kind.planned"), label(i.status().messageKey()),
                    i.conclusionNumber() == null ? "" : i.conclusionNumber()));
        }
        return TableExport.of(format, "kiem-tra-cong-vu", TableExport.header(messages, "inspection.column.id",
                "inspection.unit", "inspection.inspectedOn", "inspection.kind", "inspection.state",
                "inspection.conclusionNumber"), rows);
    }

    @GetMapping("/inspection/violations/export")
    ResponseEntity<byte[]> exportViolations(@RequestParam(defaultValue = "xlsx") String format) {
        List<List<Object>> rows = new ArrayList<>();
        for (Records.Violation v : violations.visible()) {
            rows.add(List.of(v.id(), v.officialName(), v.unitName(), v.foundOn(), v.ruleBroken(),
                    label(v.measureProposed().messageKey()), label(v.status().messageKey()),
                    v.measure() == null ? "" : label(v.measure().messageKey())));
        }
        return TableExport.of(format, "vi-pham", TableExport.header(messages, "inspection.column.id",
                "inspection.violation.official", "inspection.unit", "inspection.violation.foundOn",
                "inspection.violation.rule", "inspection.violation.measureProposed", "inspection.state",
                "inspection.violation.measure"), rows);
    }

    private String label(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    // ---- plans

    @GetMapping("/inspection/plans")
    String plans(Model model) {
        model.addAttribute("plans", plans.visible());
        model.addAttribute("manager", access.isManager());
        addIfAbsent(model, "planForm", new PlanForm(null, null));
        return PLANS;
    }

    @PostMapping("/inspection/plans")
    String createPlan(@Valid @ModelAttribute("planForm") PlanForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        access.requireManager();
        if (result.hasErrors()) {
            return plans(model);
        }
        redirect.addFlashAttribute("flash", "inspection.done.planCreated");
        return "redirect:/inspection/plans/" + plans.create(form.year(), form.scope());
    }

    /** The plan with its forms; a form that came back with errors keeps what was typed. */
    @GetMapping("/inspection/plans/{id:\\d+}")
    String plan(@PathVariable long id, Model model) {
        Records.Plan plan = plans.get(id);
        model.addAttribute("plan", plan);
        model.addAttribute("units", plans.units(id));
        model.addAttribute("members", plans.members(id));
        model.addAttribute("items", plans.items(id));
        boolean manager = access.isManager();
        model.addAttribute("manager", manager);
        model.addAttribute("editable", manager && plan.status().editable());
        model.addAttribute("unitChoices", unitChoices());
        model.addAttribute("personChoices", personChoices());
        addIfAbsent(model, "unitForm", new PlanUnitForm(null, null));
        addIfAbsent(model, "memberForm", new PlanMemberForm(null, null));
        addIfAbsent(model, "itemForm", new PlanItemForm(null));
        return PLAN;
    }

    private static String toPlan(long id) {
        return "redirect:/inspection/plans/" + id;
    }

    /** A button of the plan (remove, approve): done, or the plan again with the rules it broke. */
    private String planAction(long id, Runnable action, Model model, RedirectAttributes redirect, String doneKey) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", doneKey);
            return toPlan(id);
        } catch (InvalidRequestException e) {
            model.addAttribute("actionErrors", e.problems());
            return plan(id, model);
        }
    }

    @PostMapping("/inspection/plans/{id:\\d+}/units")
    String addUnit(@PathVariable long id, @Valid @ModelAttribute("unitForm") PlanUnitForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        access.requireManager();
        if (!result.hasErrors()) {
            try {
                plans.addUnit(id, form.unitId(), form.plannedOn());
                redirect.addFlashAttribute("flash", "inspection.done.unitAdded");
                return toPlan(id);
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return plan(id, model);
    }

    @PostMapping("/inspection/plans/{id:\\d+}/units/{unitRow:\\d+}/remove")
    String removeUnit(@PathVariable long id, @PathVariable long unitRow, Model model, RedirectAttributes redirect) {
        return planAction(id, () -> plans.removeUnit(id, unitRow), model, redirect, "inspection.done.unitRemoved");
    }

    @PostMapping("/inspection/plans/{id:\\d+}/members")
    String addMember(@PathVariable long id, @Valid @ModelAttribute("memberForm") PlanMemberForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        access.requireManager();
        if (!result.hasErrors()) {
            try {
                plans.addMember(id, form.personId(), Boolean.TRUE.equals(form.lead()));
                redirect.addFlashAttribute("flash", "inspection.done.memberAdded");
                return toPlan(id);
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return plan(id, model);
    }

    @PostMapping("/inspection/plans/{id:\\d+}/members/{personId:\\d+}/remove")
    String removeMember(@PathVariable long id, @PathVariable long personId, Model model, RedirectAttributes redirect) {
        return planAction(id, () -> plans.removeMember(id, personId), model, redirect, "inspection.done.memberRemoved");
    }

    @PostMapping("/inspection/plans/{id:\\d+}/items")
    String addItem(@PathVariable long id, @Valid @ModelAttribute("itemForm") PlanItemForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        access.requireManager();
        if (!result.hasErrors()) {
            try {
                plans.addItem(id, form.itemText());
                redirect.addFlashAttribute("flash", "inspection.done.itemAdded");
                return toPlan(id);
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return plan(id, model);
    }

    @PostMapping("/inspection/plans/{id:\\d+}/items/{itemId:\\d+}/remove")
    String removeItem(@PathVariable long id, @PathVariable long itemId, Model model, RedirectAttributes redirect) {
        return planAction(id, () -> plans.removeItem(id, itemId), model, redirect, "inspection.done.itemRemoved");
    }

    @PostMapping("/inspection/plans/{id:\\d+}/approve")
    String approve(@PathVariable long id, @Valid ActionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        access.requireManager();
        Forms.requireValid(result);
        return planAction(id, () -> plans.approve(id, form.version()), model, redirect, "inspection.done.planApproved");
    }

    // ---- records

    /** A new record, from a plan's unit (its team and lead filled in) or as a surprise inspection. */
    @GetMapping("/inspection/new")
    String newRecord(@RequestParam(required = false) Long planId, @RequestParam(required = false) Long unitId,
            Model model) {
        access.requireManager();
        List<Long> memberIds = new ArrayList<>();
        Long leadId = null;
        if (planId != null) {
            for (Records.Member m : plans.members(planId)) {
                memberIds.add(m.personId());
                if (m.lead()) {
                    leadId = m.personId();
                }
            }
        }
        model.addAttribute("form", new InspectionForm(planId, unitId, null, memberIds, leadId));
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("planChoices", plans.approved().stream().map(p -> Choice.of(p.id(), messages.getMessage(
                "inspection.plan.title", new Object[] {p.year()}, LocaleContextHolder.getLocale()))).toList());
        model.addAttribute("unitChoices", unitChoices());
        model.addAttribute("personChoices", personChoices());
        return FORM;
    }

    @PostMapping("/inspection")
    String create(@Valid @ModelAttribute("form") InspectionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        access.requireManager();
        if (!result.hasErrors()) {
            try {
                redirect.addFlashAttribute("flash", "inspection.done.created");
                return "redirect:/inspection/" + inspections.create(form.planId(), form.unitId(), form.inspectedOn(),
                        form.memberIds(), form.leadId());
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        } else {
            Forms.reject(result,
                    InspectionRules.checkTeam(form.memberIds(), form.leadId()));
        }
        return form(model);
    }

    /** The record with its checklist form; a form that came back with errors keeps what was typed. */
    @GetMapping("/inspection/{id:\\d+}")
    String record(@PathVariable long id, Model model) {
        Records.Inspection i = inspections.get(id);
        List<Records.Check> checks = inspections.checks(id);
        model.addAttribute("inspection", i);
        model.addAttribute("checks", checks);
        model.addAttribute("members", inspections.members(id));
        model.addAttribute("violations", violations.ofInspection(id));
        model.addAttribute("canEdit", inspections.canEdit(id));
        model.addAttribute("resultChoices", Choice.ofEnum(CheckResult::messageKey, CheckResult.values()));
        addIfAbsent(model, "checklistForm", ChecklistForm.of(i, checks));
        return RECORD;
    }

    @PostMapping("/inspection/{id:\\d+}/checklist")
    String save(@PathVariable long id, @Valid @ModelAttribute("checklistForm") ChecklistForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        inspections.requireEditable(id);
        requireVersion(result);
        if (!result.hasErrors()) {
            try {
                inspections.save(id, form.results(), form.notes(), form.findings(), form.conclusion(), form.version());
                redirect.addFlashAttribute("flash", "inspection.done.checklistSaved");
                return "redirect:/inspection/" + id;
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        } else {
        }
        return record(id, model);
    }

    @PostMapping("/inspection/{id:\\d+}/conclude")
    String conclude(@PathVariable long id, @Valid ActionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        inspections.requireEditable(id);
        Forms.requireValid(result);
        try {
            inspections.conclude(id, form.version());
            redirect.addFlashAttribute("flash", "inspection.done.concluded");
            return "redirect:/inspection/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("actionErrors", e.problems());
            return record(id, model);
        }
    }

    @GetMapping("/inspection/{id:\\d+}/conclusion.{format:docx|pdf}")
    ResponseEntity<byte[]> conclusion(@PathVariable long id, @PathVariable String format) {
        Records.Inspection i = inspections.get(id);
        if (i.status() != InspectionStatus.CONCLUDED) {
            throw new NotFoundException("concluded inspection", id);
        }
        DocumentFormat f = "pdf".equals(format) ? DocumentFormat.PDF : DocumentFormat.DOCX;
        return TableExport.download(conclusion.render(i, f), "ket-luan-kiem-tra-" + id + "." + f.extension(),
                f.mediaType());
    }

    // ---- violations

    @GetMapping("/inspection/{id:\\d+}/violations/new")
    String newViolation(@PathVariable long id, Model model) {
        model.addAttribute("inspection", inspections.requireEditable(id));
        model.addAttribute("form", ViolationForm.empty());
        return violationForm(model);
    }

    private String violationForm(Model model) {
        model.addAttribute("personChoices", personChoices());
        model.addAttribute("measureChoices", measureChoices());
        return VIOLATION_FORM;
    }

    @PostMapping("/inspection/{id:\\d+}/violations")
    String recordViolation(@PathVariable long id, @Valid @ModelAttribute("form") ViolationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Records.Inspection i = inspections.requireEditable(id);
        if (!result.hasErrors()) {
            try {
                redirect.addFlashAttribute("flash", "inspection.done.violationRecorded");
                return "redirect:/inspection/violations/" + violations.record(id, form.officialId(), form.ruleBroken(),
                        form.evidence(), form.measureProposed());
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        } else {
        }
        model.addAttribute("inspection", i);
        return violationForm(model);
    }

    @GetMapping("/inspection/violations/from-petition")
    String fromPetitionForm(@RequestParam(required = false) String petition, Model model) {
        access.requireManager();
        model.addAttribute("form", PetitionCaseForm.of(petition));
        model.addAttribute("fromPetition", true);
        return violationForm(model);
    }

    @PostMapping("/inspection/violations/from-petition")
    String fromPetition(@Valid @ModelAttribute("form") PetitionCaseForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        access.requireManager();
        if (!result.hasErrors()) {
            try {
                redirect.addFlashAttribute("flash", "inspection.done.violationOpened");
                return "redirect:/inspection/violations/" + violations.openFromPetition(form.petitionCode(),
                        form.officialId(), form.ruleBroken(), form.evidence(), form.measureProposed());
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        } else {
        }
        model.addAttribute("fromPetition", true);
        return violationForm(model);
    }

    /** The case with its forms; a form that came back with errors keeps what was typed. */
    @GetMapping("/inspection/violations/{id:\\d+}")
    String violation(@PathVariable long id, Model model) {
        Records.Violation v = violations.get(id);
        model.addAttribute("violation", v);
        model.addAttribute("notes", violations.notes(id));
        model.addAttribute("canHandle", violations.canHandle(v));
        model.addAttribute("showInspection", v.inspectionId() != null
                && access.canSeeInspection(v.inspectionId(), v.unitId()));
        model.addAttribute("showPetition", v.petitionId() != null && access.isManager());
        model.addAttribute("measureChoices", measureChoices());
        addIfAbsent(model, "decisionForm", new DecisionForm(null, null, null, null, v.version()));
        addIfAbsent(model, "noteForm", new NoteForm(null));
        return VIOLATION;
    }

    @PostMapping("/inspection/violations/{id:\\d+}/decide")
    String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Records.Violation v = violations.requireHandler(id);
        requireVersion(result);
        if (!result.hasErrors()) {
            try {
                violations.decide(id, form.decisionNumber(), form.decisionDate(), form.measure(), form.followUpDue(),
                        form.version());
                redirect.addFlashAttribute("flash", "inspection.done.decided");
                return "redirect:/inspection/violations/" + id;
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        } else {
            Forms.reject(result, Violation.decisionProblems(v.status(),
                    form.decisionNumber(), form.decisionDate(), form.measure(), form.followUpDue()));
        }
        return violation(id, model);
    }

    @PostMapping("/inspection/violations/{id:\\d+}/notes")
    String note(@PathVariable long id, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        violations.requireHandler(id);
        if (!result.hasErrors()) {
            try {
                violations.addNote(id, form.note());
                redirect.addFlashAttribute("flash", "inspection.done.noteAdded");
                return "redirect:/inspection/violations/" + id;
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        } else {
        }
        return violation(id, model);
    }

    @PostMapping("/inspection/violations/{id:\\d+}/done")
    String done(@PathVariable long id, @Valid ActionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        violations.requireHandler(id);
        Forms.requireValid(result);
        try {
            violations.done(id, form.version());
            redirect.addFlashAttribute("flash", "inspection.done.violationDone");
            return "redirect:/inspection/violations/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("actionErrors", e.problems());
            return violation(id, model);
        }
    }
}
