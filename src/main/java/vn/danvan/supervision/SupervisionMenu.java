package vn.danvan.supervision;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.danvan.organisation.MenuContributor;
import vn.danvan.organisation.MenuEntry;
import vn.danvan.organisation.MenuGroup;
import vn.danvan.organisation.MenuViewer;
import vn.danvan.organisation.Role;

/** The Fatherland Front's supervision, for the Front and the staff it supervises. */
@Component
class SupervisionMenu implements MenuContributor {

    private static final List<MenuEntry> ENTRIES = List.of(
            MenuEntry.of(MenuGroup.OVERSIGHT, 10, "/supervision", "supervision.nav", "nav-supervision",
                    Role.FRONT_MEMBER, Role.OFFICER, Role.UNIT_HEAD, Role.HOME_AFFAIRS, Role.LEADER, Role.ADMIN));

    @Override
    public List<MenuEntry> entries(MenuViewer viewer) {
        return ENTRIES;
    }
}
