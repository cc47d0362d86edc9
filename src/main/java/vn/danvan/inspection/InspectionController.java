package vn.danvan.inspection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.documents.DocumentFormat;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.TableExport;

/**
 * The staff screens under {@code /inspection}: plans, records with their checklist, violations, opening a
 * case from a petition, the conclusion as DOCX/PDF and the exports of what the user may see.
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

    private final InspectionPlans plans;
    private final Inspections inspections;
    private final Violations violations;
    private final InspectionAccess access;
    private final OrganisationService organisation;
    private final InspectionPeople people;
    private final ConclusionDocument conclusion;
    private final MessageSource messages;

    InspectionController(InspectionPlans plans, Inspections inspections, Violations violations, InspectionAccess access,
            OrganisationService organisation, InspectionPeople people, ConclusionDocument conclusion, MessageSource messages) {
        this.plans = plans;
        this.inspections = inspections;
        this.violations = violations;
        this.access = access;
        this.organisation = organisation;
        this.people = people;
        this.conclusion = conclusion;
        this.messages = messages;
    }

    private static void problems(Model model, Problems problems, Map<String, String> typed) {
        model.addAttribute("errors", problems.map());
        model.addAttribute("typed", typed);
    }

    private static void clean(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("typed", Map.of());
        }
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
        clean(model);
        return PLANS;
    }

    @PostMapping("/inspection/plans")
    String createPlan(@RequestParam(required = false) String year, @RequestParam(required = false) String scope,
            Model model) {
        Problems p = plans.create(year, scope);
        if (p.any()) {
            problems(model, p, Map.of("year", year == null ? "" : year, "scope", scope == null ? "" : scope));
            return plans(model);
        }
        return "redirect:/inspection/plans/" + p.id();
    }

    @GetMapping("/inspection/plans/{id:\\d+}")
    String plan(@PathVariable long id, Model model) {
        Records.Plan plan = plans.get(id);
        model.addAttribute("plan", plan);
        model.addAttribute("units", plans.units(id));
        model.addAttribute("members", plans.members(id));
        model.addAttribute("items", plans.items(id));
        boolean manager = access.isManager();
        model.addAttribute("manager", manager);
        model.addAttribute("editable", manager && plan.status() == PlanStatus.DRAFT);
        model.addAttribute("allUnits", organisation.activeUnits());
        model.addAttribute("people", people.all());
        clean(model);
        return PLAN;
    }

    private String afterPlanChange(long id, Problems p, Map<String, String> typed, Model model) {
        if (p.any()) {
            problems(model, p, typed);
            return plan(id, model);
        }
        return "redirect:/inspection/plans/" + id;
    }

    @PostMapping("/inspection/plans/{id:\\d+}/units")
    String addUnit(@PathVariable long id, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String plannedOn, Model model) {
        return afterPlanChange(id, plans.addUnit(id, unitId, plannedOn),
                Map.of("plannedOn", plannedOn == null ? "" : plannedOn), model);
    }

    @PostMapping("/inspection/plans/{id:\\d+}/units/{unitRow:\\d+}/remove")
    String removeUnit(@PathVariable long id, @PathVariable long unitRow, Model model) {
        return afterPlanChange(id, plans.removeUnit(id, unitRow), Map.of(), model);
    }

    @PostMapping("/inspection/plans/{id:\\d+}/members")
    String addMember(@PathVariable long id, @RequestParam(required = false) Long personId,
            @RequestParam(defaultValue = "false") boolean lead, Model model) {
        return afterPlanChange(id, plans.addMember(id, personId, lead), Map.of(), model);
    }

    @PostMapping("/inspection/plans/{id:\\d+}/members/{personId:\\d+}/remove")
    String removeMember(@PathVariable long id, @PathVariable long personId, Model model) {
        return afterPlanChange(id, plans.removeMember(id, personId), Map.of(), model);
    }

    @PostMapping("/inspection/plans/{id:\\d+}/items")
    String addItem(@PathVariable long id, @RequestParam(required = false) String itemText, Model model) {
        return afterPlanChange(id, plans.addItem(id, itemText), Map.of("itemText", itemText == null ? "" : itemText),
                model);
    }

    @PostMapping("/inspection/plans/{id:\\d+}/items/{itemId:\\d+}/remove")
    String removeItem(@PathVariable long id, @PathVariable long itemId, Model model) {
        return afterPlanChange(id, plans.removeItem(id, itemId), Map.of(), model);
    }

    @PostMapping("/inspection/plans/{id:\\d+}/approve")
    String approve(@PathVariable long id, @RequestParam long version, Model model) {
        return afterPlanChange(id, plans.approve(id, version), Map.of(), model);
    }

    // ---- records

    @GetMapping("/inspection/new")
    String newRecord(@RequestParam(required = false) Long planId, @RequestParam(required = false) Long unitId,
            Model model) {
        access.requireManager();
        Map<String, String> typed = new HashMap<>();
        if (planId != null) {
            typed.put("planId", String.valueOf(planId));
            plans.members(planId).forEach(m -> {
                typed.put("member-" + m.personId(), "on");
                if (m.lead()) {
                    typed.put("leadId", String.valueOf(m.personId()));
                }
            });
        }
        if (unitId != null) {
            typed.put("unitId", String.valueOf(unitId));
        }
        model.addAttribute("errors", Map.of());
        model.addAttribute("typed", typed);
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("plans", plans.approved());
        model.addAttribute("allUnits", organisation.activeUnits());
        model.addAttribute("people", people.all());
        return FORM;
    }

    @PostMapping("/inspection")
    String create(@RequestParam(required = false) Long planId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String inspectedOn,
            @RequestParam(required = false) List<Long> memberIds, @RequestParam(required = false) Long leadId,
            Model model) {
        Problems p = inspections.create(planId, unitId, inspectedOn, memberIds, leadId);
        if (p.any()) {
            Map<String, String> typed = new HashMap<>();
            typed.put("planId", planId == null ? "" : String.valueOf(planId));
            typed.put("unitId", unitId == null ? "" : String.valueOf(unitId));
            typed.put("inspectedOn", inspectedOn == null ? "" : inspectedOn);
            typed.put("leadId", leadId == null ? "" : String.valueOf(leadId));
            if (memberIds != null) {
                memberIds.forEach(m -> typed.put("member-" + m, "on"));
            }
            problems(model, p, typed);
            return form(model);
        }
        return "redirect:/inspection/" + p.id();
    }

    @GetMapping("/inspection/{id:\\d+}")
    String record(@PathVariable long id, Model model) {
        Records.Inspection i = inspections.get(id);
        model.addAttribute("inspection", i);
        model.addAttribute("checks", inspections.checks(id));
        model.addAttribute("members", inspections.members(id));
        model.addAttribute("violations", violations.ofInspection(id));
        model.addAttribute("canEdit", inspections.canEdit(id));
        model.addAttribute("results", CheckResult.values());
        clean(model);
        return RECORD;
    }

    @PostMapping("/inspection/{id:\\d+}/checklist")
    String save(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        Map<Long, String> results = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.matches("result-\\d+")) {
                results.put(Long.valueOf(k.substring(7)), v);
            } else if (k.matches("note-\\d+")) {
                notes.put(Long.valueOf(k.substring(5)), v);
            }
        });
        long version = version(params);
        Problems p = inspections.save(id, results, notes, params.get("findings"), params.get("conclusion"), version);
        if (p.any()) {
            problems(model, p, new LinkedHashMap<>(params));
            return record(id, model);
        }
        return "redirect:/inspection/" + id;
    }

    @PostMapping("/inspection/{id:\\d+}/conclude")
    String conclude(@PathVariable long id, @RequestParam long version, Model model) {
        Problems p = inspections.conclude(id, version);
        if (p.any()) {
            problems(model, p, Map.of());
            return record(id, model);
        }
        return "redirect:/inspection/" + id;
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
        Records.Inspection i = inspections.get(id);
        if (!inspections.canEdit(id)) {
            InspectionAccess.deny("not on the team of inspection " + id);
        }
        model.addAttribute("inspection", i);
        clean(model);
        return violationForm(model);
    }

    private String violationForm(Model model) {
        model.addAttribute("people", people.all());
        model.addAttribute("measures", Measure.values());
        return VIOLATION_FORM;
    }

    @PostMapping("/inspection/{id:\\d+}/violations")
    String recordViolation(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        Problems p = violations.record(id, parseId(params.get("officialId")), params.get("ruleBroken"),
                params.get("evidence"), params.get("measureProposed"));
        if (p.any()) {
            problems(model, p, new LinkedHashMap<>(params));
            model.addAttribute("inspection", inspections.get(id));
            return violationForm(model);
        }
        return "redirect:/inspection/violations/" + p.id();
    }

    @GetMapping("/inspection/violations/from-petition")
    String fromPetitionForm(@RequestParam(required = false) String petition, Model model) {
        access.requireManager();
        model.addAttribute("errors", Map.of());
        model.addAttribute("typed", Map.of("petitionCode", petition == null ? "" : petition));
        model.addAttribute("fromPetition", true);
        return violationForm(model);
    }

    @PostMapping("/inspection/violations/from-petition")
    String fromPetition(@RequestParam Map<String, String> params, Model model) {
        Problems p = violations.openFromPetition(params.get("petitionCode"), parseId(params.get("officialId")),
                params.get("ruleBroken"), params.get("evidence"), params.get("measureProposed"));
        if (p.any()) {
            problems(model, p, new LinkedHashMap<>(params));
            model.addAttribute("fromPetition", true);
            return violationForm(model);
        }
        return "redirect:/inspection/violations/" + p.id();
    }

    /** The form's version, or -1 (refused as stale) when it is missing or not a number. */
    private static long version(Map<String, String> params) {
        Long version = parseId(params.get("version"));
        return version == null ? -1 : version;
    }

    private static Long parseId(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @GetMapping("/inspection/violations/{id:\\d+}")
    String violation(@PathVariable long id, Model model) {
        Records.Violation v = violations.get(id);
        model.addAttribute("violation", v);
        model.addAttribute("notes", violations.notes(id));
        model.addAttribute("canHandle", violations.canHandle(v));
        model.addAttribute("showInspection", v.inspectionId() != null
                && access.canSeeInspection(v.inspectionId(), v.unitId()));
        model.addAttribute("showPetition", v.petitionId() != null && access.isManager());
        model.addAttribute("measures", Measure.values());
        clean(model);
        return VIOLATION;
    }

    @PostMapping("/inspection/violations/{id:\\d+}/decide")
    String decide(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        Problems p = violations.decide(id, params.get("decisionNumber"), params.get("decisionDate"),
                params.get("measure"), params.get("followUpDue"), version(params));
        if (p.any()) {
            problems(model, p, new LinkedHashMap<>(params));
            return violation(id, model);
        }
        return "redirect:/inspection/violations/" + id;
    }

    @PostMapping("/inspection/violations/{id:\\d+}/notes")
    String note(@PathVariable long id, @RequestParam(required = false) String note, Model model) {
        Problems p = violations.addNote(id, note);
        if (p.any()) {
            problems(model, p, Map.of("note", note == null ? "" : note));
            return violation(id, model);
        }
        return "redirect:/inspection/violations/" + id;
    }

    @PostMapping("/inspection/violations/{id:\\d+}/done")
    String done(@PathVariable long id, @RequestParam long version, Model model) {
        Problems p = violations.done(id, version);
        if (p.any()) {
            problems(model, p, Map.of());
            return violation(id, model);
        }
        return "redirect:/inspection/violations/" + id;
    }
}
