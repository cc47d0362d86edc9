package vn.danvan.petition;

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

import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/**
 * The administrator's petition settings: the acceptance rule and the categories with their answer
 * time. Changes apply to petitions received afterwards.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PetitionSettingsController {

    static final String VIEW = "petition/settings";
    static final String CATEGORY_FORM = "petition/categoryForm";
    static final String BASE = "/admin/petition-settings";

    private final PetitionSettings settings;

    PetitionSettingsController(PetitionSettings settings) {
        this.settings = settings;
    }

    @GetMapping(BASE)
    String initRuleForm(Model model) {
        model.addAttribute("form", PetitionSettingsRuleForm.of(settings.acceptanceRule()));
        return settings(model);
    }

    @PostMapping(BASE + "/acceptance")
    String processRuleForm(@Valid @ModelAttribute("form") PetitionSettingsRuleForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return settings(model);
        }
        settings.updateAcceptanceRule(form.version(), form.workingDays(), form.cleanLegalSource());
        redirect.addFlashAttribute("flash", "petition.settings.rule.updated");
        return "redirect:" + BASE;
    }

    @GetMapping(BASE + "/categories/new")
    String initCreateCategoryForm(Model model) {
        int next = settings.categories().stream().mapToInt(PetitionSettings.Category::sortOrder).max().orElse(0) + 1;
        model.addAttribute("form", PetitionSettingsCategoryForm.empty(next));
        return categoryForm(model, null);
    }

    @PostMapping(BASE + "/categories")
    String processCreateCategoryForm(@Valid @ModelAttribute("form") PetitionSettingsCategoryForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return categoryForm(model, null);
        }
        try {
            settings.createCategory(form.data());
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return categoryForm(model, null);
        }
        redirect.addFlashAttribute("flash", "petition.settings.category.created");
        return "redirect:" + BASE;
    }

    @GetMapping(BASE + "/categories/{id}/edit")
    String initUpdateCategoryForm(@PathVariable long id, Model model) {
        model.addAttribute("form", PetitionSettingsCategoryForm.of(require(id)));
        return categoryForm(model, id);
    }

    @PostMapping(BASE + "/categories/{id}")
    String processUpdateCategoryForm(@PathVariable long id,
            @Valid @ModelAttribute("form") PetitionSettingsCategoryForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        require(id);
        if (result.hasErrors()) {
            return categoryForm(model, id);
        }
        try {
            settings.updateCategory(id, form.version(), form.data());
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return categoryForm(model, id);
        }
        redirect.addFlashAttribute("flash", "petition.settings.category.updated");
        return "redirect:" + BASE;
    }

    private PetitionSettings.Category require(long id) {
        return settings.category(id).orElseThrow(() -> new NotFoundException("petitionCategory", id));
    }

    private String settings(Model model) {
        model.addAttribute("rule", settings.acceptanceRule());
        model.addAttribute("categories", settings.categories());
        return VIEW;
    }

    private String categoryForm(Model model, Long id) {
        model.addAttribute("categoryId", id);
        return CATEGORY_FORM;
    }
}
