package vn.danvan.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.context.LazyContextVariable;
import vn.danvan.organisation.localgovernment.LocalGovernments;
import vn.danvan.organisation.units.UnitRepository;

/**
 * Tells every page's header who is signed in: {@code layoutSignedIn}, and for a signed-in person
 * {@code layoutDisplayName}, {@code layoutUnitName} and {@code layoutMenu} (their {@link StaffMenu}); and every page the local government's names
 * ({@code localNames}, {@link LocalNames}), loaded only if the page prints one. Request attributes set before the handler
 * runs, so that pages rendered by exception handlers have them too; the layout tests the flag
 * instead of {@code sec:authorize}, whose expression handler is looked up anew on each use (13% of
 * the public lookup page's CPU, bench/petitions with JFR).
 */
@Configuration(proxyBeanMethods = false)
class LayoutHeader implements HandlerInterceptor, WebMvcConfigurer {

    static final String SIGNED_IN = "layoutSignedIn";

    /** The request attribute pages read the local government's names from: {@code ${localNames.homeAffairs}}. */
    static final String LOCAL_NAMES = "localNames";

    private final OrganisationScope scope;
    private final UnitRepository units;
    private final LocalGovernments localGovernments;
    private final MessageSource messages;
    private final StaffMenu menu;

    LayoutHeader(OrganisationScope scope, UnitRepository units, LocalGovernments localGovernments,
            MessageSource messages, StaffMenu menu) {
        this.menu = menu;
        this.scope = scope;
        this.units = units;
        this.localGovernments = localGovernments;
        this.messages = messages;
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
        request.setAttribute(LOCAL_NAMES, lazyLocalNames());
        var user = scope.currentUser();
        request.setAttribute(SIGNED_IN, user.isPresent());
        user.ifPresent(u -> {
            request.setAttribute("layoutDisplayName", u.displayName());
            var unit = units.find(u.unitId());
            request.setAttribute("layoutUnitName", unit.map(UnitView::name).orElse(""));
            request.setAttribute("layoutMenu", menu.of(new MenuViewer(u, unit.map(UnitView::kind).orElse(null))));
        });
        return true;
    }

    /**
     * The local government's names for the page, read from the database only when the page prints
     * one (most pages do not) and then once: two small queries (LocalGovernments#current).
     */
    LazyContextVariable<LocalNames> lazyLocalNames() {
        return new LazyContextVariable<>() {
            @Override
            protected LocalNames loadValue() {
                return LocalNames.of(localGovernments.current(), messages, LocaleContextHolder.getLocale());
            }
        };
    }
}
