package vn.danvan.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ResponseEntity;
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

import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.StaffMember;
import vn.danvan.shared.web.ActionForm;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.TableExport;

/**
 * The plans' screens: the overview of the year's plans (every unit for Home Affairs, one's own units
 * otherwise), one plan with its items and history, the item form, an item's progress and evidence,
 * the plan's actions and its printed document.
 */
@Controller
class PlanController {

    static final String OVERVIEW = "planning/overview";
    static final String PLAN = "planning/plan";
    static final String ITEM_FORM = "planning/itemForm";
    static final String ITEM = "planning/item";

    private final Plans plans;
    private final PlanOverview overview;
    private final PlanDocument document;
    private final GuidingDocuments guides;
    private final OrganisationService organisation;
    private final MessageSource messages;
    private final Clock clock;

    PlanController(Plans plans, PlanOverview overview, PlanDocument document, GuidingDocuments guides,
            OrganisationService organisation, MessageSource messages, Clock clock) {
        this.plans = plans;
        this.overview = overview;
        this.document = document;
        this.guides = guides;
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ overview

    @GetMapping("/planning")
    String overview(@RequestParam(required = false) Integer year, @RequestParam(required = false) String state,
            Model model) {
        int y = year(year);
        List<PlanOverviewRow> rows = overview.rows(y, state);
        model.addAttribute("year", y);
        model.addAttribute("state", state);
        model.addAttribute("filter", new OverviewFilter(y, state));
        model.addAttribute("rows", rows);
        model.addAttribute("withoutApproved", rows.stream().filter(PlanOverviewRow::needsAttention).count());
        model.addAttribute("years", Choice.of(years(), v -> v, v -> String.valueOf(v)));
        model.addAttribute("states", states());
        var writable = plans.writableUnits();
        model.addAttribute("writable", rows.stream().map(PlanOverviewRow::unitId).filter(writable::test).toList());
        return OVERVIEW;
    }

    @GetMapping("/planning/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String state, @RequestParam(defaultValue = "xlsx") String format) {
        int y = year(year);
        List<String> header = TableExport.header(messages, "planning.unit.code", "planning.unit", "planning.state",
                "planning.documentNumber", "planning.approvedAt", "planning.items", "planning.averageProgress",
                "planning.overview.attention");
        List<List<Object>> rows = new ArrayList<>();
        for (PlanOverviewRow r : overview.rows(y, state)) {
            rows.add(Arrays.asList(r.unitCode(), r.unitName(), text(r.stateKey()), r.documentNumber(), r.approvedAt(),
                    r.items(), r.averageProgress(), text(r.needsAttention() ? "common.yes" : "common.no")));
        }
        return TableExport.of(format, "ke-hoach-dan-van-" + y, header, rows);
    }

    @PostMapping("/planning/plans")
    String open(@Valid OpenPlanForm form, BindingResult result, RedirectAttributes redirect) {
        if (form.unitId() != null && !plans.canEdit(form.unitId())) {
            throw new AccessDeniedException("unit " + form.unitId() + " outside the plan writer's scope");
        }
        Forms.requireValid(result);
        try {
            return "redirect:/planning/plans/" + plans.open(form.unitId(), form.year());
        } catch (InvalidRequestException e) {
            flashError(redirect, e);
            return "redirect:/planning?year=" + form.year();
        }
    }

    // ------------------------------------------------------------------ the plan

    @GetMapping("/planning/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        return planPage(plans.view(id), model);
    }

    /** The plan with its action forms; a reason that came back with errors keeps what was typed. */
    private String planPage(PlanView plan, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("canEdit", plans.canEdit(plan.unitId()));
        model.addAttribute("isHead", plans.isHead(plan.unitId()));
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("reasonForm")) {
            model.addAttribute("reasonForm", new PlanReasonForm(null, plan.version()));
        }
        return PLAN;
    }

    @PostMapping("/planning/plans/{id}/{action:submit|approve}")
    String act(@PathVariable long id, @PathVariable String action, @Valid ActionForm form, BindingResult result,
            RedirectAttributes redirect) {
        plans.view(id);
        Forms.requireValid(result);
        try {
            if (action.equals("submit")) {
                plans.submit(id, form.version());
            } else {
                plans.approve(id, form.version());
            }
            redirect.addFlashAttribute("flash", action.equals("submit") ? "planning.done.submit" : "planning.done.approve");
        } catch (InvalidRequestException e) {
            flashError(redirect, e);
        }
        return "redirect:/planning/plans/" + id;
    }

    @PostMapping("/planning/plans/{id}/{action:return|reopen}")
    String actWithReason(@PathVariable long id, @PathVariable String action,
            @Valid @ModelAttribute("reasonForm") PlanReasonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PlanView plan = plans.requireHead(id);
        if (result.hasErrors()) {
            return planPage(plan, model);
        }
        try {
            if (action.equals("return")) {
                plans.returnForChanges(id, form.version(), form.note());
            } else {
                plans.reopen(id, form.version(), form.note());
            }
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return planPage(plan, model);
        }
        redirect.addFlashAttribute("flash", action.equals("return") ? "planning.done.return" : "planning.done.reopen");
        return "redirect:/planning/plans/" + id;
    }

    @GetMapping("/planning/plans/{id}/document.{format:docx|pdf}")
    ResponseEntity<byte[]> print(@PathVariable long id, @PathVariable String format) {
        return document.download(plans.view(id), format);
    }

    // ------------------------------------------------------------------ items

    @GetMapping("/planning/plans/{id}/items/new")
    String initCreationForm(@PathVariable long id, Model model) {
        PlanView plan = itemsWritable(id);
        model.addAttribute("form", PlanItemForm.empty());
        return itemForm(plan, null, model);
    }

    @PostMapping("/planning/plans/{id}/items")
    String processCreationForm(@PathVariable long id, @Valid @ModelAttribute("form") PlanItemForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        PlanView plan = itemsWritable(id);
        Forms.reject(result, ItemRules.check(form, plan.year()));
        if (result.hasErrors()) {
            return itemForm(plan, null, model);
        }
        try {
            plans.addItem(id, ItemRules.data(form));
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return itemForm(plan, null, model);
        }
        redirect.addFlashAttribute("flash", "planning.item.saved");
        return "redirect:/planning/plans/" + id;
    }

    @GetMapping("/planning/plans/{id}/items/{itemId}/edit")
    String initUpdateForm(@PathVariable long id, @PathVariable long itemId, Model model) {
        PlanView plan = itemsWritable(id);
        PlanItem item = plans.item(id, itemId);
        model.addAttribute("form", PlanItemForm.of(item));
        return itemForm(plan, item, model);
    }

    @PostMapping("/planning/plans/{id}/items/{itemId}")
    String processUpdateForm(@PathVariable long id, @PathVariable long itemId,
            @Valid @ModelAttribute("form") PlanItemForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PlanView plan = itemsWritable(id);
        PlanItem item = plans.item(id, itemId);
        Forms.reject(result, ItemRules.check(form, plan.year()));
        if (result.hasErrors()) {
            return itemForm(plan, item, model);
        }
        try {
            plans.updateItem(id, itemId, form.version() == null ? -1 : form.version(), ItemRules.data(form));
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return itemForm(plan, item, model);
        }
        redirect.addFlashAttribute("flash", "planning.item.saved");
        return "redirect:/planning/plans/" + id;
    }

    @PostMapping("/planning/plans/{id}/items/{itemId}/remove")
    String remove(@PathVariable long id, @PathVariable long itemId, @Valid ActionForm form, BindingResult result,
            RedirectAttributes redirect) {
        plans.requireWritable(id);
        Forms.requireValid(result);
        try {
            plans.removeItem(id, itemId, form.version());
            redirect.addFlashAttribute("flash", "planning.item.removed");
        } catch (InvalidRequestException e) {
            flashError(redirect, e);
        }
        return "redirect:/planning/plans/" + id;
    }

    @GetMapping("/planning/plans/{id}/items/{itemId}")
    String item(@PathVariable long id, @PathVariable long itemId, Model model) {
        return itemPage(id, plans.item(id, itemId), model);
    }

    @PostMapping("/planning/plans/{id}/items/{itemId}/progress")
    String processProgressForm(@PathVariable long id, @PathVariable long itemId,
            @Valid @ModelAttribute("progressForm") ProgressForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        plans.requireWritable(id);
        PlanItem item = plans.item(id, itemId);
        if (!result.hasErrors()) {
            try {
                plans.recordProgress(id, itemId, form.version() == null ? -1 : form.version(), form.progress(),
                        form.progressNote());
                redirect.addFlashAttribute("flash", "planning.progress.saved");
                return "redirect:/planning/plans/" + id + "/items/" + itemId;
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return itemPage(id, item, model);
    }

    @PostMapping("/planning/plans/{id}/items/{itemId}/evidence")
    String processEvidenceForm(@PathVariable long id, @PathVariable long itemId,
            @Valid @ModelAttribute("evidenceForm") EvidenceForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        plans.requireWritable(id);
        PlanItem item = plans.item(id, itemId);
        if (!result.hasErrors()) {
            try {
                plans.addEvidence(id, itemId, form);
                redirect.addFlashAttribute("flash", "planning.evidence.saved");
                return "redirect:/planning/plans/" + id + "/items/" + itemId;
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return itemPage(id, item, model);
    }

    @PostMapping("/planning/plans/{id}/items/{itemId}/evidence/{evidenceId}/remove")
    String removeEvidence(@PathVariable long id, @PathVariable long itemId, @PathVariable long evidenceId,
            RedirectAttributes redirect) {
        plans.removeEvidence(id, itemId, evidenceId);
        redirect.addFlashAttribute("flash", "planning.evidence.removed");
        return "redirect:/planning/plans/" + id + "/items/" + itemId;
    }

    // ------------------------------------------------------------------ helpers

    /** The plan, if the current user may write it and its items may still change (403, 400 otherwise). */
    private PlanView itemsWritable(long planId) {
        PlanView plan = plans.requireWritable(planId);
        if (!plan.status().itemsEditable()) {
            throw new InvalidRequestException("planning.error.itemsLocked",
                    new DefaultMessageSourceResolvable(plan.status().messageKey()));
        }
        return plan;
    }

    private String itemForm(PlanView plan, PlanItem item, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("plan", plan);
        model.addAttribute("item", item);
        model.addAttribute("tasks", Arrays.stream(DirectiveTask.values())
                .map(t -> Choice.of(t.name(), t.clause() + ") " + messages.getMessage(t.messageKey(), null, locale)))
                .toList());
        model.addAttribute("staff", Choice.of(organisation.staffOf(plan.unitId()), StaffMember::accountId,
                m -> m.fullName() + " (" + m.username() + ")"));
        List<GuidingDocument> cited = new ArrayList<>(guides.active());
        if (item != null) {
            for (PlanItem.GuideReference g : item.guides()) {
                if (cited.stream().noneMatch(d -> d.id() == g.id())) {
                    guides.find(g.id()).ifPresent(cited::add);
                }
            }
        }
        model.addAttribute("guides", Choice.of(cited, GuidingDocument::id, g -> g.label() + " - " + g.summary()));
        return ITEM_FORM;
    }

    /** An item's page with its two forms; a form that came back with errors keeps what was typed. */
    private String itemPage(long planId, PlanItem item, Model model) {
        PlanView plan = plans.view(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("item", item);
        model.addAttribute("canEdit", plans.canEdit(plan.unitId()));
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("progressForm")) {
            model.addAttribute("progressForm", ProgressForm.of(item));
        }
        if (!model.containsAttribute("evidenceForm")) {
            model.addAttribute("evidenceForm", EvidenceForm.empty());
        }
        return ITEM;
    }

    /** A refused action shown on the page it returns to (flash attributes are kept in the session: text only). */
    private static void flashError(RedirectAttributes redirect, InvalidRequestException e) {
        redirect.addFlashAttribute("actionError", e.messageKey());
        redirect.addFlashAttribute("actionErrorArgs", e.arguments());
    }

    private int year(Integer year) {
        int current = LocalDate.now(clock).getYear();
        return year == null || year < PlanningUnits.FIRST_YEAR || year > current + 1 ? current : year;
    }

    private List<Integer> years() {
        int current = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(PlanningUnits.FIRST_YEAR, current + 1).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList();
    }

    private static List<Choice> states() {
        List<Choice> states = new ArrayList<>();
        states.add(Choice.ofKey(PlanOverview.NONE, "planning.status." + PlanOverview.NONE));
        for (PlanStatus s : PlanStatus.values()) {
            states.add(Choice.ofKey(s.name(), "planning.status." + s.name()));
        }
        return states;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
