package vn.danvan.news;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.danvan.organisation.MenuContributor;
import vn.danvan.organisation.MenuEntry;
import vn.danvan.organisation.MenuGroup;
import vn.danvan.organisation.MenuViewer;
import vn.danvan.organisation.Role;

/** The portal's news, for information officers, Home Affairs and administrators. */
@Component
class NewsMenu implements MenuContributor {

    private static final List<MenuEntry> ENTRIES = List.of(
            MenuEntry.of(MenuGroup.CITIZENS, 50, "/news", "news.nav", "nav-news",
                    Role.INFORMATION_OFFICER, Role.HOME_AFFAIRS, Role.ADMIN));

    @Override
    public List<MenuEntry> entries(MenuViewer viewer) {
        return ENTRIES;
    }
}
