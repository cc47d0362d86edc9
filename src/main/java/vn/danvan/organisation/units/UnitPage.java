package vn.danvan.organisation.units;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.UnitView;
import vn.danvan.organisation.people.PersonRepository;

/**
 * A unit's page, shown by {@link UnitController} and again by {@link UnitAdminController} when its
 * retire form comes back with errors (what was typed kept).
 */
@Component
public class UnitPage {

    static final String VIEW = "organisation/unit";

    private final UnitRepository units;
    private final PersonRepository people;
    private final OrganisationScope scope;

    UnitPage(UnitRepository units, PersonRepository people, OrganisationScope scope) {
        this.units = units;
        this.people = people;
        this.scope = scope;
    }

    String show(UnitView unit, Model model) {
        long id = unit.id();
        model.addAttribute("unit", unit);
        model.addAttribute("parent", unit.parentId() == null ? null : units.find(unit.parentId()).orElse(null));
        // a parent outside the viewer's branch is named, not linked: its page would answer 403
        model.addAttribute("parentOpen", unit.parentId() != null && scope.canSee(unit.parentId()));
        model.addAttribute("children", units.tree().stream().filter(u -> Long.valueOf(id).equals(u.parentId()))
                .toList());
        model.addAttribute("people", people.inUnit(id));
        if (!model.containsAttribute("retireForm")) {
            model.addAttribute("retireForm", new RetireForm(null, unit.version()));
        }
        return VIEW;
    }

    /** A unit's name indented by its depth in the tree, as the unit choices show it. */
    public static String indented(UnitView unit) {
        return "— ".repeat(unit.depth()) + unit.name();
    }
}
