package vn.danvan.reporting;

import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/**
 * The template editor (Home Affairs, administrators): narrative sections with guidance, indicators
 * picked from every module's catalogue or defined by hand (number, percent, yes/no).
 */
@Controller
@PreAuthorize("hasAnyRole('HOME_AFFAIRS','ADMIN')")
class TemplateController {

    static final String LIST = "reporting/templates";
    static final String EDIT = "reporting/template";
    static final Set<IndicatorKind> MANUAL_KINDS = Set.of(IndicatorKind.COUNT, IndicatorKind.PERCENT,
            IndicatorKind.YES_NO);

    private final ReportingTemplates templates;
    private final TemplateEditing editing;
    private final IndicatorCatalogue catalogue;

    TemplateController(ReportingTemplates templates, TemplateEditing editing, IndicatorCatalogue catalogue) {
        this.templates = templates;
        this.editing = editing;
        this.catalogue = catalogue;
    }

    @GetMapping("/reporting/templates")
    String list(Model model) {
        model.addAttribute("templates", templates.list());
        return LIST;
    }

    @PostMapping("/reporting/templates")
    String create(@RequestParam(required = false) String name, RedirectAttributes redirect) {
        long id = editing.createDefault(name == null || name.isBlank() ? ReportingDemo.NAME : name.strip());
        redirect.addFlashAttribute("flash", "reporting.template.created");
        return "redirect:/reporting/templates/" + id;
    }

    @GetMapping("/reporting/templates/{id}")
    String edit(@PathVariable long id, Model model) {
        ReportingTemplate t = templates.find(id).orElseThrow(() -> new NotFoundException("template", id));
        model.addAttribute("template", t);
        model.addAttribute("offered", catalogue.definitions().values().stream()
                .filter(d -> t.indicators().stream().noneMatch(i -> i.code().equals(d.code())))
                .map(d -> new Offered(d.code(), catalogue.label(d), d.directiveClause())).toList());
        model.addAttribute("kinds", IndicatorKind.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        return EDIT;
    }

    record Offered(String code, String label, String clause) {
    }

    @PostMapping("/reporting/templates/{id}/sections")
    String addSection(@PathVariable long id, @RequestParam(required = false) String code,
            @RequestParam(required = false) String title, @RequestParam(required = false) String guidance,
            Model model, RedirectAttributes redirect) {
        if (code == null || code.isBlank() || title == null || title.isBlank()) {
            return rejected(id, model, code == null || code.isBlank() ? "code" : "title", "validation.required");
        }
        try {
            editing.addSection(id, code.strip(), title.strip(), guidance);
        } catch (InvalidRequestException e) {
            return rejected(id, model, e.field(), e.messageKey());
        }
        return saved(id, redirect);
    }

    @PostMapping("/reporting/templates/{id}/sections/{sectionId}")
    String updateSection(@PathVariable long id, @PathVariable long sectionId, @RequestParam(required = false) String title,
            @RequestParam(required = false) String guidance, Model model, RedirectAttributes redirect) {
        if (title == null || title.isBlank()) {
            return rejected(id, model, "title." + sectionId, "validation.required");
        }
        editing.updateSection(id, sectionId, title.strip(), guidance);
        return saved(id, redirect);
    }

    @PostMapping("/reporting/templates/{id}/sections/{sectionId}/remove")
    String removeSection(@PathVariable long id, @PathVariable long sectionId, RedirectAttributes redirect) {
        editing.removeSection(id, sectionId);
        return saved(id, redirect);
    }

    @PostMapping("/reporting/templates/{id}/indicators")
    String addOffered(@PathVariable long id, @RequestParam(required = false) String code, Model model,
            RedirectAttributes redirect) {
        try {
            editing.addOffered(id, code);
        } catch (InvalidRequestException e) {
            return rejected(id, model, "offered", e.messageKey());
        }
        return saved(id, redirect);
    }

    @PostMapping("/reporting/templates/{id}/manual")
    String addManual(@PathVariable long id, @RequestParam(required = false) String label,
            @RequestParam(required = false) IndicatorKind kind, @RequestParam(required = false) String unitOfMeasure,
            @RequestParam(required = false) String source, Model model, RedirectAttributes redirect) {
        if (label == null || label.isBlank()) {
            return rejected(id, model, "label", "validation.required");
        }
        if (kind == null || !MANUAL_KINDS.contains(kind)) {
            return rejected(id, model, "kind", "validation.required");
        }
        editing.addManual(id, label.strip(), kind, unitOfMeasure, source);
        return saved(id, redirect);
    }

    @PostMapping("/reporting/templates/{id}/indicators/{indicatorId}/remove")
    String removeIndicator(@PathVariable long id, @PathVariable long indicatorId, RedirectAttributes redirect) {
        editing.removeIndicator(id, indicatorId);
        return saved(id, redirect);
    }

    private String rejected(long id, Model model, String field, String key) {
        model.addAttribute("errors", java.util.Map.of(field == null ? "form" : field, key));
        return edit(id, model);
    }

    private static String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "reporting.template.saved");
        return "redirect:/reporting/templates/" + id;
    }
}
