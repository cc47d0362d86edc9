package vn.danvan.organisation.units;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
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

    UnitPage(UnitRepository units, PersonRepository people) {
        this.units = units;
        this.people = people;
    }

    String show(UnitView unit, Model model) {
        long id = unit.id();
        model.addAttribute("unit", unit);
        model.addAttribute("parent", unit.parentId() == null ? null : units.find(unit.parentId()).orElse(null));
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
