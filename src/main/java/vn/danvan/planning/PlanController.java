package vn.danvan.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

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
import vn.danvan.organisation.OrganisationService;
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
        model.addAttribute("rows", rows);
        model.addAttribute("withoutApproved", rows.stream().filter(PlanOverviewRow::needsAttention).count());
        model.addAttribute("years", years());
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
    String open(@RequestParam long unitId, @RequestParam int year, RedirectAttributes redirect) {
        try {
            return "redirect:/planning/plans/" + plans.open(unitId, year);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
            redirect.addFlashAttribute("actionErrorArgs", e.arguments());
            return "redirect:/planning?year=" + year;
        }
    }

    // ------------------------------------------------------------------ the plan

    @GetMapping("/planning/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        PlanView plan = plans.view(id);
        model.addAttribute("plan", plan);
        model.addAttribute("canEdit", plans.canEdit(plan.unitId()));
        model.addAttribute("isHead", plans.isHead(plan.unitId()));
        model.addAttribute("today", LocalDate.now(clock));
        return PLAN;
    }

    @PostMapping("/planning/plans/{id}/{action:submit|approve|return|reopen}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam long version,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            String done = switch (action) {
                case "submit" -> {
                    plans.submit(id, version);
                    yield "planning.done.submit";
                }
                case "approve" -> {
                    plans.approve(id, version);
                    yield "planning.done.approve";
                }
                case "return" -> {
                    plans.returnForChanges(id, version, note);
                    yield "planning.done.return";
                }
                default -> {
                    plans.reopen(id, version, note);
                    yield "planning.done.reopen";
                }
            };
            redirect.addFlashAttribute("flash", done);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
            redirect.addFlashAttribute("actionErrorArgs", e.arguments());
        }
        return "redirect:/planning/plans/" + id;
    }

    @GetMapping("/planning/plans/{id}/document.{format:docx|pdf}")
    ResponseEntity<byte[]> print(@PathVariable long id, @PathVariable String format) {
        PlanView plan = plans.view(id);
        DocumentFormat f = "pdf".equals(format) ? DocumentFormat.PDF : DocumentFormat.DOCX;
        return TableExport.download(document.render(plan, f),
                "ke-hoach-dan-van-" + plan.unitCode().toLowerCase() + "-" + plan.year() + "." + f.extension(),
                f.mediaType());
    }

    // ------------------------------------------------------------------ items

    @GetMapping("/planning/plans/{id}/items/new")
    String initCreationForm(@PathVariable long id, Model model) {
        model.addAttribute("form", PlanItemForm.empty());
        return itemForm(plans.view(id), null, model);
    }

    @PostMapping("/planning/plans/{id}/items")
    String processCreationForm(@PathVariable long id, @Valid @ModelAttribute("form") PlanItemForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        PlanView plan = plans.view(id);
        ItemRules.Checked checked = check(form, plan.year(), result);
        if (result.hasErrors()) {
            return itemForm(plan, null, model);
        }
        try {
            plans.addItem(id, checked.item());
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return itemForm(plan, null, model);
        }
        redirect.addFlashAttribute("flash", "planning.item.saved");
        return "redirect:/planning/plans/" + id;
    }

    @GetMapping("/planning/plans/{id}/items/{itemId}/edit")
    String initUpdateForm(@PathVariable long id, @PathVariable long itemId, Model model) {
        PlanItem item = plans.item(id, itemId);
        model.addAttribute("form", PlanItemForm.of(item));
        return itemForm(plans.view(id), item, model);
    }

    @PostMapping("/planning/plans/{id}/items/{itemId}")
    String processUpdateForm(@PathVariable long id, @PathVariable long itemId,
            @Valid @ModelAttribute("form") PlanItemForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PlanView plan = plans.view(id);
        PlanItem item = plans.item(id, itemId);
        ItemRules.Checked checked = check(form, plan.year(), result);
        if (result.hasErrors()) {
            return itemForm(plan, item, model);
        }
        try {
            plans.updateItem(id, itemId, form.version(), checked.item());
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return itemForm(plan, item, model);
        }
        redirect.addFlashAttribute("flash", "planning.item.saved");
        return "redirect:/planning/plans/" + id;
    }

    @PostMapping("/planning/plans/{id}/items/{itemId}/remove")
    String remove(@PathVariable long id, @PathVariable long itemId, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            plans.removeItem(id, itemId, version);
            redirect.addFlashAttribute("flash", "planning.item.removed");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
            redirect.addFlashAttribute("actionErrorArgs", e.arguments());
        }
        return "redirect:/planning/plans/" + id;
    }

    @GetMapping("/planning/plans/{id}/items/{itemId}")
    String item(@PathVariable long id, @PathVariable long itemId, Model model) {
        PlanItem item = plans.item(id, itemId);
        model.addAttribute("progressForm", ProgressForm.of(item));
        model.addAttribute("evidenceForm", EvidenceForm.empty());
        return itemPage(id, item, model);
    }

    @PostMapping("/planning/plans/{id}/items/{itemId}/progress")
    String processProgressForm(@PathVariable long id, @PathVariable long itemId,
            @Valid @ModelAttribute("progressForm") ProgressForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PlanItem item = plans.item(id, itemId);
        if (!result.hasErrors()) {
            try {
                plans.recordProgress(id, itemId, form.version(), form.progress(), form.progressNote());
                redirect.addFlashAttribute("flash", "planning.progress.saved");
                return "redirect:/planning/plans/" + id + "/items/" + itemId;
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("evidenceForm", EvidenceForm.empty());
        return itemPage(id, item, model);
    }

    @PostMapping("/planning/plans/{id}/items/{itemId}/evidence")
    String processEvidenceForm(@PathVariable long id, @PathVariable long itemId,
            @Valid @ModelAttribute("evidenceForm") EvidenceForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
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
        model.addAttribute("progressForm", ProgressForm.of(item));
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

    private String itemForm(PlanView plan, PlanItem item, Model model) {
        if (!plans.canEdit(plan.unitId())) {
            throw new org.springframework.security.access.AccessDeniedException("not a writer of plan " + plan.id());
        }
        if (!plan.status().itemsEditable()) {
            throw new InvalidRequestException("planning.error.itemsLocked",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(plan.status().messageKey()));
        }
        model.addAttribute("plan", plan);
        model.addAttribute("item", item);
        model.addAttribute("tasks", DirectiveTask.values());
        model.addAttribute("staff", organisation.staffOf(plan.unitId()));
        List<GuidingDocument> cited = new ArrayList<>(guides.active());
        if (item != null) {
            for (PlanItem.GuideReference g : item.guides()) {
                if (cited.stream().noneMatch(d -> d.id() == g.id())) {
                    guides.find(g.id()).ifPresent(cited::add);
                }
            }
        }
        model.addAttribute("guides", cited);
        return ITEM_FORM;
    }

    private String itemPage(long planId, PlanItem item, Model model) {
        PlanView plan = plans.view(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("item", item);
        model.addAttribute("canEdit", plans.canEdit(plan.unitId()));
        model.addAttribute("today", LocalDate.now(clock));
        return ITEM;
    }

    private static ItemRules.Checked check(PlanItemForm form, int year, BindingResult result) {
        ItemRules.Checked checked = ItemRules.check(form, year);
        for (ItemRules.Problem p : checked.problems()) {
            if (!result.hasFieldErrors(p.field())) {
                result.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey());
            }
        }
        return checked;
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

    private static List<String> states() {
        List<String> states = new ArrayList<>();
        states.add(PlanOverview.NONE);
        for (PlanStatus s : PlanStatus.values()) {
            states.add(s.name());
        }
        return states;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
