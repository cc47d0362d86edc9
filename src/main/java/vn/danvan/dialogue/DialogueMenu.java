package vn.danvan.dialogue;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.danvan.organisation.MenuContributor;
import vn.danvan.organisation.MenuEntry;
import vn.danvan.organisation.MenuGroup;
import vn.danvan.organisation.MenuViewer;
import vn.danvan.organisation.Role;

/** Citizen reception (in its own entry, not inside dialogue) and dialogues with citizens. */
@Component
class DialogueMenu implements MenuContributor {

    private static final List<MenuEntry> ENTRIES = List.of(
            MenuEntry.of(MenuGroup.CITIZENS, 20, "/dialogue/reception", "dialogue.reception.nav", "nav-reception",
                    Role.OFFICER, Role.UNIT_HEAD, Role.HOME_AFFAIRS, Role.LEADER),
            MenuEntry.of(MenuGroup.CITIZENS, 30, "/dialogue", "dialogue.nav", "nav-dialogue",
                    Role.OFFICER, Role.UNIT_HEAD, Role.HOME_AFFAIRS, Role.LEADER));

    @Override
    public List<MenuEntry> entries(MenuViewer viewer) {
        return ENTRIES;
    }
}
