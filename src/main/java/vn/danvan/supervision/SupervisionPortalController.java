package vn.danvan.supervision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page, no sign-in: the requests the Front chose to publish, their recommendations, each
 * addressed unit's sent answers and the Front's marks. Never a person's name: no officer, no petitioner.
 */
@Controller
class SupervisionPortalController {

    static final String PORTAL = "supervision/portal";

    /** A published request with what the public may read of it. */
    record Published(Views.Request request, List<Views.Recommendation> recommendations,
            List<Views.Recipient> recipients, Map<String, Views.Answer> answers) {
    }

    private final SupervisionRecords records;

    SupervisionPortalController(SupervisionRecords records) {
        this.records = records;
    }

    @GetMapping("/portal/supervision")
    String list(Model model) {
        model.addAttribute("published", records.published().stream().map(r -> {
            Map<String, Views.Answer> sent = new LinkedHashMap<>();
            records.answers(r.id()).forEach((key, a) -> {
                if (a.sent()) {
                    sent.put(key, a);
                }
            });
            return new Published(r, records.recommendations(r.id()), records.recipients(r.id()), sent);
        }).toList());
        return PORTAL;
    }
}
