package vn.danvan.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PortalController {

    static final String HOME = "portal/home";

    @GetMapping("/")
    String home() {
        return HOME;
    }

    /** The portal's own address, as people type it and as its menu's paths suggest: its home page. */
    @GetMapping({"/portal", "/portal/"})
    String portal() {
        return "redirect:/";
    }
}
