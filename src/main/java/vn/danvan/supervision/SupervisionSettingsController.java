package vn.danvan.supervision;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * The administrator's supervision setting: the default answer time in working days and its legal source.
 * Anyone else is refused (403) whatever was sent.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SupervisionSettingsController {

    static final String VIEW = "supervision/settings";
    static final String PATH = "/admin/supervision-settings";

    private final SupervisionSettings settings;

    SupervisionSettingsController(SupervisionSettings settings) {
        this.settings = settings;
    }

    @GetMapping(PATH)
    String initForm(Model model) {
        SupervisionSettings.AnswerRule rule = settings.answerRule();
        model.addAttribute("form", new SettingsForm(rule.workingDays(), rule.legalSource(), rule.version()));
        return VIEW;
    }

    @PostMapping(PATH)
    String processForm(@Valid @ModelAttribute("form") SettingsForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasFieldErrors("version")) {
            Forms.requireValid(result); // nobody types the version: a forged or broken page
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            settings.update(form.workingDays(), form.legalSource(), form.version());
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return VIEW;
        }
        redirect.addFlashAttribute("flash", "supervision.saved");
        return "redirect:" + PATH;
    }
}
