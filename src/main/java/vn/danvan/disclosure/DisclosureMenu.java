package vn.danvan.disclosure;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.danvan.organisation.MenuContributor;
import vn.danvan.organisation.MenuEntry;
import vn.danvan.organisation.MenuGroup;
import vn.danvan.organisation.MenuViewer;
import vn.danvan.organisation.Role;

/** The disclosure register, next to the other oversight work. */
@Component
class DisclosureMenu implements MenuContributor {

    private static final List<MenuEntry> ENTRIES = List.of(
            MenuEntry.of(MenuGroup.OVERSIGHT, 30, "/disclosures", "disclosure.nav", "nav-disclosures",
                    Role.OFFICER, Role.UNIT_HEAD, Role.HOME_AFFAIRS, Role.LEADER, Role.FRONT_MEMBER, Role.ADMIN));

    @Override
    public List<MenuEntry> entries(MenuViewer viewer) {
        return ENTRIES;
    }
}
