package vn.danvan.petition.settings;

import java.time.Clock;
import java.time.LocalDate;

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

import vn.danvan.legal.LegalRule;
import vn.danvan.legal.LegalRules;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/**
 * The administrator's petition settings: the categories with their answer time; changes apply to petitions
 * received afterwards. The acceptance notice's time limit is shown with a link to the legal rules screen,
 * where it is edited.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PetitionSettingsController {

    static final String VIEW = "petition/settings";
    static final String CATEGORY_FORM = "petition/categoryForm";
    static final String BASE = "/admin/petition-settings";

    private final PetitionSettings settings;
    private final LegalRules legalRules;
    private final Clock clock;

    PetitionSettingsController(PetitionSettings settings, LegalRules legalRules, Clock clock) {
        this.settings = settings;
        this.legalRules = legalRules;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String settings(Model model) {
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        model.addAttribute("rule", legalRules.inForce(LegalRule.PETITION_ACCEPTANCE, today));
        model.addAttribute("categories", settings.categories());
        return VIEW;
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

    private String categoryForm(Model model, Long id) {
        model.addAttribute("categoryId", id);
        return CATEGORY_FORM;
    }
}
