package vn.danvan.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tells every page's header who is signed in: {@code layoutSignedIn}, and for a signed-in person
 * {@code layoutDisplayName} and {@code layoutUnitName}. Request attributes set before the handler
 * runs, so that pages rendered by exception handlers have them too; the layout tests the flag
 * instead of {@code sec:authorize}, whose expression handler is looked up anew on each use (13% of
 * the public lookup page's CPU, bench/petitions with JFR).
 */
@Configuration(proxyBeanMethods = false)
class LayoutHeader implements HandlerInterceptor, WebMvcConfigurer {

    static final String SIGNED_IN = "layoutSignedIn";

    private final OrganisationScope scope;
    private final UnitRepository units;

    LayoutHeader(OrganisationScope scope, UnitRepository units) {
        this.scope = scope;
        this.units = units;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true; // static files have no header
        }
        var user = scope.currentUser();
        request.setAttribute(SIGNED_IN, user.isPresent());
        user.ifPresent(u -> {
            request.setAttribute("layoutDisplayName", u.displayName());
            request.setAttribute("layoutUnitName", units.find(u.unitId()).map(UnitView::name).orElse(""));
        });
        return true;
    }
}
