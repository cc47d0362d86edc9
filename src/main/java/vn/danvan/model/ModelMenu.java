package vn.danvan.model;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.danvan.organisation.MenuContributor;
import vn.danvan.organisation.MenuEntry;
import vn.danvan.organisation.MenuGroup;
import vn.danvan.organisation.MenuViewer;
import vn.danvan.organisation.Role;

/** The good models ("Dân vận khéo"). */
@Component
class ModelMenu implements MenuContributor {

    private static final List<MenuEntry> ENTRIES = List.of(
            MenuEntry.of(MenuGroup.MOVEMENTS, 10, "/models", "model.nav", "nav-models",
                    Role.OFFICER, Role.UNIT_HEAD, Role.HOME_AFFAIRS, Role.LEADER, Role.ADMIN,
                    Role.INFORMATION_OFFICER));

    @Override
    public List<MenuEntry> entries(MenuViewer viewer) {
        return ENTRIES;
    }
}
