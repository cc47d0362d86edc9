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
 * Tells the portal's menu (fragments/portal :: nav) which of its entries the page belongs to, as the request
 * attribute {@code portalCurrent} (the entry's name, e.g. {@code lookup}), so that the entry carries
 * {@code aria-current="page"}. A few string comparisons per request: the public lookup page is benchmarked.
 */
@Configuration(proxyBeanMethods = false)
class PortalMenu implements HandlerInterceptor, WebMvcConfigurer {

    static final String CURRENT = "portalCurrent";

    /** The entries by the start of their paths; the first that matches wins. */
    private static final List<String[]> ENTRIES = List.of(
            new String[] {"/portal/petitions/new", "send"},
            new String[] {"/portal/petitions", "lookup"},
            new String[] {"/portal/answers", "answers"},
            new String[] {"/portal/figures", "figures"},
            new String[] {"/portal/dossiers", "dossiers"},
            new String[] {"/portal/consultations", "consultations"},
            new String[] {"/portal/survey", "survey"},
            new String[] {"/portal/dialogues", "dialogues"},
            new String[] {"/portal/news", "news"},
            new String[] {"/portal/models", "models"},
            new String[] {"/portal/supervision", "supervision"},
            new String[] {"/portal/inspections", "inspections"},
            new String[] {"/portal/search", "search"});

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod) {
            request.setAttribute(CURRENT, entry(request.getRequestURI().substring(request.getContextPath().length())));
        }
        return true;
    }

    /** The menu entry of a path, or null when the page is none of the portal's. */
    static String entry(String path) {
        if (path.equals("/")) {
            return "home";
        }
        if (!path.startsWith("/portal/")) {
            return null;
        }
        for (String[] e : ENTRIES) {
            if (path.startsWith(e[0])) {
                return e[1];
            }
        }
        return null;
    }
}
