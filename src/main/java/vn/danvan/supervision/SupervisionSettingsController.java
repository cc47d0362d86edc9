package vn.danvan.supervision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's supervision setting: the default answer time in working days and its legal source. */
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
        return view(model, String.valueOf(rule.workingDays()), rule.legalSource(), rule.version(), Map.of());
    }

    @PostMapping(PATH)
    String processForm(@RequestParam(required = false) String workingDays,
            @RequestParam(required = false) String legalSource, @RequestParam long version, Model model,
            RedirectAttributes redirect) {
        List<Views.Problem> problems = settings.update(workingDays, legalSource, version);
        if (!problems.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            problems.forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
            return view(model, workingDays, legalSource, version, errors);
        }
        redirect.addFlashAttribute("flash", "supervision.saved");
        return "redirect:" + PATH;
    }

    private String view(Model model, String workingDays, String legalSource, long version,
            Map<String, String> errors) {
        model.addAttribute("workingDays", workingDays);
        model.addAttribute("legalSource", legalSource);
        model.addAttribute("version", version);
        model.addAttribute("fieldErrors", errors);
        return VIEW;
    }
}
