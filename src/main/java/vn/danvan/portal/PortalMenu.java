package vn.danvan.portal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The portal's menu (fragments/portal :: nav): its entries, grouped, as the request attribute {@code portalMenu},
 * and which entry the page belongs to as {@code portalCurrent} (the entry's name, e.g. {@code lookup}), so that the
 * entry carries {@code aria-current="page"}. A few string comparisons per request: the public lookup page is
 * benchmarked.
 */
@Configuration(proxyBeanMethods = false)
class PortalMenu implements HandlerInterceptor, WebMvcConfigurer {

    static final String MENU = "portalMenu";
    static final String CURRENT = "portalCurrent";

    /**
     * An entry: its name (its link's id is portal-nav-name), its path, its label's key and the paths of the pages it
     * leads to: exact, or ending in {@code /**} for a path and everything under it.
     */
    record Entry(String name, String path, String labelKey, List<String> covers) {

        Entry(String name, String path, String labelKey, String... covers) {
            this(name, path, labelKey, List.of(covers));
        }

        boolean covers(String page) {
            for (String c : covers) {
                if (c.endsWith("/**") ? page.equals(c.substring(0, c.length() - 3)) || page.startsWith(c.substring(0, c.length() - 2))
                        : page.equals(c)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A top-level item: one entry, or a named group of entries under a button. */
    record Group(String name, String labelKey, List<Entry> entries) {

        static Group of(Entry entry) {
            return new Group(entry.name(), entry.labelKey(), List.of(entry));
        }

        public boolean single() {
            return entries.size() == 1 && entries.get(0).name().equals(name);
        }

        public boolean holds(String entry) {
            return entries.stream().anyMatch(e -> e.name().equals(entry));
        }
    }

    /** The public pages: the portal home's links, grouped as a citizen looks for them. */
    static final List<Group> GROUPS = List.of(
            Group.of(new Entry("home", "/", "portal.nav.home", "/")),
            new Group("petitions", "portal.nav.petitions", List.of(
                    // the form, and the form come back with its errors
                    new Entry("send", "/portal/petitions/new", "portal.sendPetition", "/portal/petitions/new", "/portal/petitions"),
                    new Entry("lookup", "/portal/petitions/lookup", "portal.lookupPetition", "/portal/petitions/lookup",
                            "/portal/petitions/rate", "/portal/petitions/reopen"),
                    new Entry("answers", "/portal/answers", "petition.answers.title", "/portal/answers/**"),
                    new Entry("figures", "/portal/figures", "portal.nav.figures", "/portal/figures/**"))),
            Group.of(new Entry("dossiers", "/portal/dossiers/lookup", "portal.nav.dossiers", "/portal/dossiers/**")),
            new Group("take-part", "portal.nav.takePart", List.of(
                    new Entry("consultations", "/portal/consultations", "consultation.portal.link", "/portal/consultations/**"),
                    new Entry("survey", "/portal/survey", "friendly.portal.link", "/portal/survey/**"),
                    new Entry("dialogues", "/portal/dialogues", "dialogue.portal.link", "/portal/dialogues/**"))),
            new Group("public", "portal.nav.public", List.of(
                    new Entry("news", "/portal/news", "news.portal.link", "/portal/news/**"),
                    new Entry("models", "/portal/models", "model.portal.link", "/portal/models/**"),
                    new Entry("disclosures", "/portal/disclosures", "disclosure.portal.link", "/portal/disclosures/**"),
                    new Entry("supervision", "/portal/supervision", "supervision.portal.link", "/portal/supervision/**"),
                    new Entry("inspections", "/portal/inspections", "inspection.portal.link", "/portal/inspections/**"))));

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod) {
            request.setAttribute(MENU, GROUPS);
            request.setAttribute(CURRENT, entry(request.getRequestURI().substring(request.getContextPath().length())));
        }
        return true;
    }

    /** The name of the menu entry a path belongs to, or null when the page is none of the menu's. */
    static String entry(String path) {
        if (!path.equals("/") && !path.startsWith("/portal/")) {
            return null; // a staff page
        }
        for (Group group : GROUPS) {
            for (Entry e : group.entries()) {
                if (e.covers(path)) {
                    return e.name();
                }
            }
        }
        return null;
    }
}
