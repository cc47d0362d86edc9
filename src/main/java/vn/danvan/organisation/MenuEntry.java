package vn.danvan.organisation;

import java.util.EnumSet;
import java.util.Set;

/**
 * One entry of the staff menu: its group, its place in the group ({@code order}, smaller first), the page it opens,
 * the message key of its name, the link's id (browser tests use it) and the roles that see it (none: everybody).
 */
public record MenuEntry(MenuGroup group, int order, String path, String messageKey, String id, Set<Role> roles) {

    public MenuEntry {
        roles = Set.copyOf(roles);
    }

    /** An entry for the holders of any of these roles (for everybody when none is given). */
    public static MenuEntry of(MenuGroup group, int order, String path, String messageKey, String id, Role... roles) {
        return new MenuEntry(group, order, path, messageKey, id,
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    boolean shownTo(MenuViewer viewer) {
        return roles.isEmpty() || roles.stream().anyMatch(viewer.user()::has);
    }
}
