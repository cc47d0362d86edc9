package vn.danvan.organisation;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The organisation's entries (the person's own page, the units, people and accounts for administrators), and those of
 * the modules the organisation itself stands on, which cannot name it: the working calendar, the change log and the
 * legal rules.
 */
@Component
class OrganisationMenu implements MenuContributor {

    private static final List<MenuEntry> ENTRIES = List.of(
            MenuEntry.of(MenuGroup.MY_WORK, 10, "/home", "nav.home", "nav-home"),
            MenuEntry.of(MenuGroup.ADMINISTRATION, 10, "/units", "nav.units", "nav-units"),
            MenuEntry.of(MenuGroup.ADMINISTRATION, 20, "/admin/people", "nav.people", "nav-people", Role.ADMIN),
            MenuEntry.of(MenuGroup.ADMINISTRATION, 30, "/admin/accounts", "nav.accounts", "nav-accounts", Role.ADMIN),
            MenuEntry.of(MenuGroup.ADMINISTRATION, 40, "/admin/import", "nav.import", "nav-import", Role.ADMIN),
            MenuEntry.of(MenuGroup.ADMINISTRATION, 60, "/admin/local-government", "nav.localGovernment",
                    "nav-local-government", Role.ADMIN),
            MenuEntry.of(MenuGroup.ADMINISTRATION, 50, "/admin/calendar", "nav.calendar", "nav-calendar", Role.ADMIN),
            MenuEntry.of(MenuGroup.ADMINISTRATION, 70, "/audit", "nav.audit", "nav-audit", Role.ADMIN, Role.HOME_AFFAIRS),
            MenuEntry.of(MenuGroup.ADMINISTRATION, 85, "/legal-rules", "legal.nav", "nav-legal-rules",
                    Role.ADMIN, Role.HOME_AFFAIRS, Role.LEADER));

    @Override
    public List<MenuEntry> entries(MenuViewer viewer) {
        return ENTRIES;
    }
}
