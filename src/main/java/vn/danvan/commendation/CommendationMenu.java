package vn.danvan.commendation;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.danvan.organisation.MenuContributor;
import vn.danvan.organisation.MenuEntry;
import vn.danvan.organisation.MenuGroup;
import vn.danvan.organisation.MenuViewer;
import vn.danvan.organisation.Role;

/** Commendation rounds, for Home Affairs, the leaders and administrators. */
@Component
class CommendationMenu implements MenuContributor {

    private static final List<MenuEntry> ENTRIES = List.of(
            MenuEntry.of(MenuGroup.MOVEMENTS, 30, "/commendation", "commendation.nav", "nav-commendation",
                    Role.HOME_AFFAIRS, Role.LEADER, Role.ADMIN));

    @Override
    public List<MenuEntry> entries(MenuViewer viewer) {
        return ENTRIES;
    }
}
