package vn.danvan.consultation;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.danvan.organisation.MenuContributor;
import vn.danvan.organisation.MenuEntry;
import vn.danvan.organisation.MenuGroup;
import vn.danvan.organisation.MenuViewer;
import vn.danvan.organisation.UnitKind;

/**
 * Consultations of residents: for the district-wide roles, who follow every commune's, and for the officers and heads
 * of a commune, who hold them; an office that holds none does not see them.
 */
@Component
class ConsultationMenu implements MenuContributor {

    private static final MenuEntry ENTRY = MenuEntry.of(MenuGroup.CITIZENS, 40, "/consultations", "consultation.nav",
            "nav-consultations");

    @Override
    public List<MenuEntry> entries(MenuViewer viewer) {
        boolean commune = viewer.unitKind() == UnitKind.COMMUNE_COMMITTEE && viewer.user().unitStaff();
        return commune || viewer.user().districtWide() ? List.of(ENTRY) : List.of();
    }
}
