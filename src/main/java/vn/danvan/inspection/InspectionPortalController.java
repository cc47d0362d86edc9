package vn.danvan.inspection;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The public figures: per unit, for a year, inspections concluded, violations found and handled; no names. */
@Controller
class InspectionPortalController {

    /** The year asked for in the address ({@code ?year=2026}). */
    record FiguresQuery(Integer year) {
    }

    private final Inspections inspections;
    private final Clock clock;

    InspectionPortalController(Inspections inspections, Clock clock) {
        this.inspections = inspections;
        this.clock = clock;
    }

    /** A year that is no number, or before 2000 or after next year, shows the current year's figures. */
    @GetMapping("/portal/inspections")
    String figures(@ModelAttribute("query") FiguresQuery query, BindingResult result, Model model) {
        int current = LocalDate.now(clock).getYear();
        Integer asked = result.hasErrors() ? null : query.year();
        int y = asked == null || asked < 2000 || asked > current + 1 ? current : asked;
        model.addAttribute("year", y);
        model.addAttribute("figures", inspections.figures(y));
        return "inspection/portal";
    }
}
