package vn.danvan.reporting;

import java.util.Arrays;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/**
 * The template editor (Home Affairs, administrators): narrative sections with guidance, indicators
 * picked from every module's catalogue or defined by hand (number, percent, yes/no). The editor's
 * page has a form for each section ({@code section<id>Form}), one to add a section, one to pick an
 * offered indicator and one to define a manual one; a form that comes back with errors keeps what
 * was typed.
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
        if (!model.containsAttribute("newTemplateForm")) {
            model.addAttribute("newTemplateForm", new NewTemplateForm(null));
        }
        return LIST;
    }

    @PostMapping("/reporting/templates")
    String create(@Valid @ModelAttribute("newTemplateForm") NewTemplateForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return list(model);
        }
        long id = editing.createDefault(form.name() == null ? ReportingDemo.NAME : form.name());
        redirect.addFlashAttribute("flash", "reporting.template.created");
        return "redirect:/reporting/templates/" + id;
    }

    @GetMapping("/reporting/templates/{id}")
    String edit(@PathVariable long id, Model model) {
        ReportingTemplate t = require(id);
        model.addAttribute("template", t);
        model.addAttribute("offered", catalogue.definitions().values().stream()
                .filter(d -> t.indicators().stream().noneMatch(i -> i.code().equals(d.code())))
                .map(d -> Choice.of(d.code(), catalogue.label(d) + " (" + d.directiveClause() + ")")).toList());
        model.addAttribute("kinds", Arrays.stream(IndicatorKind.values()).filter(MANUAL_KINDS::contains)
                .map(k -> Choice.ofKey(k.name(), "reporting.kind." + k.name())).toList());
        for (TemplateSection s : t.sections()) {
            if (!model.containsAttribute(sectionForm(s.id()))) {
                model.addAttribute(sectionForm(s.id()), new SectionEditForm(s.title(), s.guidance()));
            }
        }
        if (!model.containsAttribute("sectionForm")) {
            model.addAttribute("sectionForm", SectionForm.empty());
        }
        if (!model.containsAttribute("offeredForm")) {
            model.addAttribute("offeredForm", new OfferedIndicatorForm(null));
        }
        if (!model.containsAttribute("manualForm")) {
            model.addAttribute("manualForm", ManualIndicatorForm.empty());
        }
        return EDIT;
    }

    /** The model name of the form of an existing section: {@code section12Form}. */
    static String sectionForm(long sectionId) {
        return "section" + sectionId + "Form";
    }

    @PostMapping("/reporting/templates/{id}/sections")
    String addSection(@PathVariable long id, @Valid @ModelAttribute("sectionForm") SectionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        require(id);
        if (!result.hasErrors()) {
            try {
                editing.addSection(id, form.code(), form.title(), form.guidance());
                return saved(id, redirect);
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return edit(id, model);
    }

    @PostMapping("/reporting/templates/{id}/sections/{sectionId}")
    String updateSection(@PathVariable long id, @PathVariable long sectionId,
            @Valid @ModelAttribute("sectionEditForm") SectionEditForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ReportingTemplate t = require(id);
        if (t.sections().stream().noneMatch(s -> s.id() == sectionId)) {
            throw new NotFoundException("section", sectionId);
        }
        if (result.hasErrors()) {
            // shown in that section's own form on the page
            model.addAttribute(sectionForm(sectionId), form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + sectionForm(sectionId), result);
            return edit(id, model);
        }
        editing.updateSection(id, sectionId, form.title(), form.guidance());
        return saved(id, redirect);
    }

    @PostMapping("/reporting/templates/{id}/sections/{sectionId}/remove")
    String removeSection(@PathVariable long id, @PathVariable long sectionId, RedirectAttributes redirect) {
        editing.removeSection(id, sectionId);
        return saved(id, redirect);
    }

    @PostMapping("/reporting/templates/{id}/indicators")
    String addOffered(@PathVariable long id, @Valid @ModelAttribute("offeredForm") OfferedIndicatorForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        require(id);
        if (!result.hasErrors()) {
            try {
                editing.addOffered(id, form.code());
                return saved(id, redirect);
            } catch (InvalidRequestException e) {
                Forms.reject(result, e);
            }
        }
        return edit(id, model);
    }

    @PostMapping("/reporting/templates/{id}/manual")
    String addManual(@PathVariable long id, @Valid @ModelAttribute("manualForm") ManualIndicatorForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        require(id);
        if (form.kind() != null && !MANUAL_KINDS.contains(form.kind())) {
            result.rejectValue("kind", "reporting.error.kind");
        }
        if (result.hasErrors()) {
            return edit(id, model);
        }
        editing.addManual(id, form.label(), form.kind(), form.unitOfMeasure(), form.source());
        return saved(id, redirect);
    }

    @PostMapping("/reporting/templates/{id}/indicators/{indicatorId}/remove")
    String removeIndicator(@PathVariable long id, @PathVariable long indicatorId, RedirectAttributes redirect) {
        editing.removeIndicator(id, indicatorId);
        return saved(id, redirect);
    }

    private ReportingTemplate require(long id) {
        return templates.find(id).orElseThrow(() -> new NotFoundException("template", id));
    }

    private static String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "reporting.template.saved");
        return "redirect:/reporting/templates/" + id;
    }
}
