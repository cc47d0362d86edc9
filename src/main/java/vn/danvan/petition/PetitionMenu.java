package vn.danvan.petition;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.danvan.organisation.MenuContributor;
import vn.danvan.organisation.MenuEntry;
import vn.danvan.organisation.MenuGroup;
import vn.danvan.organisation.MenuViewer;
import vn.danvan.organisation.Role;

/** The petition inbox for the staff who handle petitions; its settings and Open311 keys for administrators. */
@Component
class PetitionMenu implements MenuContributor {

    private static final List<MenuEntry> ENTRIES = List.of(
            MenuEntry.of(MenuGroup.CITIZENS, 10, "/petitions", "nav.petitions", "nav-petitions",
                    Role.OFFICER, Role.UNIT_HEAD, Role.HOME_AFFAIRS, Role.LEADER),
            MenuEntry.of(MenuGroup.ADMINISTRATION, 80, "/admin/petition-settings",
                    "petition.settings.nav", "nav-petition-settings", Role.ADMIN),
            MenuEntry.of(MenuGroup.ADMINISTRATION, 90, "/admin/open311", "open311.nav", "nav-open311", Role.ADMIN));

    @Override
    public List<MenuEntry> entries(MenuViewer viewer) {
        return ENTRIES;
    }
}
