package vn.danvan.organisation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.danvan.organisation.units.UnitRepository;

/** The home page of a signed-in person: what their roles let them do, and their unit. */
@Controller
class HomeController {

    static final String VIEW = "home/home";

    private final OrganisationScope scope;
    private final UnitRepository units;

    HomeController(OrganisationScope scope, UnitRepository units) {
        this.scope = scope;
        this.units = units;
    }

    @GetMapping("/home")
    String home(Model model) {
        CurrentUser user = scope.requireUser();
        model.addAttribute("user", user);
        model.addAttribute("unit", units.find(user.unitId()).orElseThrow());
        model.addAttribute("roles", user.roles().stream().sorted().toList());
        model.addAttribute("visibleUnitCount", scope.visibleUnits().all() ? units.count() : scope.visibleUnits().unitIds().size());
        return VIEW;
    }
}
