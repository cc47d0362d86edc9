package vn.danvan.dashboard;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.danvan.organisation.MenuContributor;
import vn.danvan.organisation.MenuEntry;
import vn.danvan.organisation.MenuGroup;
import vn.danvan.organisation.MenuViewer;
import vn.danvan.organisation.Role;

/** The dashboard, for leaders, heads, Home Affairs and administrators. */
@Component
class DashboardMenu implements MenuContributor {

    private static final List<MenuEntry> ENTRIES = List.of(
            MenuEntry.of(MenuGroup.MY_WORK, 20, "/dashboard", "dashboard.nav", "nav-dashboard",
                    Role.LEADER, Role.HOME_AFFAIRS, Role.ADMIN, Role.UNIT_HEAD));

    @Override
    public List<MenuEntry> entries(MenuViewer viewer) {
        return ENTRIES;
    }
}
