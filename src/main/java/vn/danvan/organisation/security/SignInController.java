package vn.danvan.organisation.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    static final String VIEW = "organisation/login";

    private final SecurityProperties properties;

    SignInController(SecurityProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String signIn(Model model) {
        model.addAttribute("maxAttempts", properties.maxFailedAttempts());
        model.addAttribute("lockMinutes", properties.lockMinutes());
        model.addAttribute("signIn", new SignInFields(null, null));
        return VIEW;
    }
}
