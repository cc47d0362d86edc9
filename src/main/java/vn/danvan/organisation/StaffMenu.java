package vn.danvan.organisation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.danvan.shared.ShortLived;

/**
 * The staff menu of a person: the entries every module's {@link MenuContributor} gives them, in the seven groups of
 * {@link MenuGroup}, kept for 30 seconds per person and node (a new role or a new inspection team is in the menu
 * within that time). Drawn by {@code fragments/nav :: staff} from the request attribute {@code layoutMenu}.
 */
@Component
class StaffMenu {

    /** A group of the menu with its entries, in order; never empty. */
    record Group(MenuGroup group, List<MenuEntry> entries) {
    }

    private static final Comparator<MenuEntry> ORDER = Comparator.comparingInt(MenuEntry::order)
            .thenComparing(MenuEntry::id);

    private final ObjectProvider<MenuContributor> contributors;
    private final ShortLived<MenuViewer, List<Group>> menus;

    StaffMenu(ObjectProvider<MenuContributor> contributors, Clock clock) {
        this.contributors = contributors;
        this.menus = new ShortLived<>(Duration.ofSeconds(30), clock, this::build);
    }

    List<Group> of(MenuViewer viewer) {
        return menus.get(viewer);
    }

    private List<Group> build(MenuViewer viewer) {
        Map<MenuGroup, List<MenuEntry>> grouped = new EnumMap<>(MenuGroup.class);
        contributors.orderedStream().forEach(c -> c.entries(viewer).stream().filter(e -> e.shownTo(viewer))
                .forEach(e -> grouped.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(e)));
        List<Group> groups = new ArrayList<>();
        grouped.forEach((group, entries) -> {
            entries.sort(ORDER);
            groups.add(new Group(group, List.copyOf(entries)));
        });
        return List.copyOf(groups);
    }
}
