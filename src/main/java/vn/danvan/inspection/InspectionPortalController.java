package vn.danvan.inspection;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public figures: per unit, for a year, inspections concluded, violations found and handled; no names. */
@Controller
class InspectionPortalController {

    private final Inspections inspections;
    private final Clock clock;

    InspectionPortalController(Inspections inspections, Clock clock) {
        this.inspections = inspections;
        this.clock = clock;
    }

    @GetMapping("/portal/inspections")
    String figures(@RequestParam(required = false) String year, Model model) {
        int current = LocalDate.now(clock).getYear();
        int y;
        try {
            y = year == null ? current : Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            y = current;
        }
        if (y < 2000 || y > current + 1) {
            y = current;
        }
        model.addAttribute("year", y);
        model.addAttribute("figures", inspections.figures(y));
        return "inspection/portal";
    }
}
