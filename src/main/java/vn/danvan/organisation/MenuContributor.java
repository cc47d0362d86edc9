package vn.danvan.organisation;

import java.util.List;

/**
 * What a module puts in the staff menu: its entries, each with the roles that see it ({@link MenuEntry#roles}); an
 * entry the person could open but would find no use in, by the rules of their unit or their records, is left out
 * here. Asked at most once every 30 seconds per person and node ({@link StaffMenu}), so a rule may read the database.
 */
public interface MenuContributor {

    List<MenuEntry> entries(MenuViewer viewer);
}
