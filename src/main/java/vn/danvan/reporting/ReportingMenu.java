package vn.danvan.reporting;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.danvan.organisation.MenuContributor;
import vn.danvan.organisation.MenuEntry;
import vn.danvan.organisation.MenuGroup;
import vn.danvan.organisation.MenuViewer;
import vn.danvan.organisation.Role;

/** The yearly reports and their periods. */
@Component
class ReportingMenu implements MenuContributor {

    private static final List<MenuEntry> ENTRIES = List.of(
            MenuEntry.of(MenuGroup.PLANS_AND_REPORTS, 20, "/reporting", "reporting.nav", "nav-reporting",
                    Role.OFFICER, Role.UNIT_HEAD, Role.HOME_AFFAIRS, Role.LEADER, Role.ADMIN));

    @Override
    public List<MenuEntry> entries(MenuViewer viewer) {
        return ENTRIES;
    }
}
