package vn.danvan.inspection;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.MenuContributor;
import vn.danvan.organisation.MenuEntry;
import vn.danvan.organisation.MenuGroup;
import vn.danvan.organisation.MenuViewer;
import vn.danvan.organisation.Role;

/**
 * Civil-service inspection for those who have records there ({@link InspectionAccess}): Home Affairs, the leaders and
 * administrators, a unit's head, and any other person only while on an inspection or plan team or named in a case.
 */
@Component
class InspectionMenu implements MenuContributor {

    private static final MenuEntry ENTRY = MenuEntry.of(MenuGroup.OVERSIGHT, 20, "/inspection", "inspection.nav",
            "nav-inspection");

    private final JdbcClient jdbc;

    InspectionMenu(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MenuEntry> entries(MenuViewer viewer) {
        CurrentUser user = viewer.user();
        return InspectionAccess.seesAll(user) || user.has(Role.UNIT_HEAD) || hasRecords(user.personId())
                ? List.of(ENTRY) : List.of();
    }

    private boolean hasRecords(long personId) {
        return jdbc.sql("""
                select count(*) from (
                  select 1 from inspection_member where person_id = :p
                  union all select 1 from inspection_plan_member where person_id = :p
                  union all select 1 from inspection_violation where official_person_id = :p) r""")
                .param("p", personId).query(Long.class).single() > 0;
    }
}
