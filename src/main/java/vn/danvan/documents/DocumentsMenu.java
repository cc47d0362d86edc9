package vn.danvan.documents;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.danvan.organisation.MenuContributor;
import vn.danvan.organisation.MenuEntry;
import vn.danvan.organisation.MenuGroup;
import vn.danvan.organisation.MenuViewer;
import vn.danvan.organisation.Role;

/** The register of issued documents, for everybody; the issuers, for administrators. */
@Component
class DocumentsMenu implements MenuContributor {

    private static final List<MenuEntry> ENTRIES = List.of(
            MenuEntry.of(MenuGroup.PLANS_AND_REPORTS, 30, "/documents/register",
                    "documents.nav.register", "nav-documents"),
            MenuEntry.of(MenuGroup.ADMINISTRATION, 100, "/admin/document-issuers",
                    "documents.issuers.nav", "nav-document-issuers", Role.ADMIN));

    @Override
    public List<MenuEntry> entries(MenuViewer viewer) {
        return ENTRIES;
    }
}
