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
}
