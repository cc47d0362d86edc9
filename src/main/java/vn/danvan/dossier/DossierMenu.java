package vn.danvan.dossier;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.danvan.organisation.MenuContributor;
import vn.danvan.organisation.MenuEntry;
import vn.danvan.organisation.MenuGroup;
import vn.danvan.organisation.MenuViewer;
import vn.danvan.organisation.Role;

/** One-stop dossiers and their procedures. */
@Component
class DossierMenu implements MenuContributor {

    private static final List<MenuEntry> ENTRIES = List.of(
            MenuEntry.of(MenuGroup.ONE_STOP, 10, "/dossiers", "dossier.nav", "nav-dossiers",
                    Role.OFFICER, Role.UNIT_HEAD, Role.HOME_AFFAIRS, Role.LEADER, Role.ADMIN),
            MenuEntry.of(MenuGroup.ONE_STOP, 20, "/dossiers/procedures", "dossier.procedure.nav", "nav-procedures",
                    Role.OFFICER, Role.UNIT_HEAD, Role.HOME_AFFAIRS, Role.LEADER, Role.ADMIN));

    @Override
    public List<MenuEntry> entries(MenuViewer viewer) {
        return ENTRIES;
    }
}
