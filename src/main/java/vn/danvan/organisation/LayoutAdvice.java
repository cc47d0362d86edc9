package vn.danvan.organisation;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;

/** Puts the signed-in person's name and unit in every page's header. */
@ControllerAdvice
class LayoutAdvice {

    private final OrganisationScope scope;
    private final UnitRepository units;

    LayoutAdvice(OrganisationScope scope, UnitRepository units) {
        this.scope = scope;
        this.units = units;
    }

    @ModelAttribute
    void layout(Model model) {
        scope.currentUser().ifPresent(user -> {
            model.addAttribute("layoutDisplayName", user.displayName());
            model.addAttribute("layoutUnitName", units.find(user.unitId()).map(UnitView::name).orElse(""));
        });
    }
}
