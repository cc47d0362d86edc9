package vn.danvan.organisation.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;
import vn.danvan.organisation.accounts.AccountRepository;
import vn.danvan.shared.web.AddressRateLimits;
import vn.danvan.organisation.accounts.ApiTokens;
import vn.danvan.organisation.accounts.ApiTokenFilter;
import vn.danvan.organisation.Role;
import vn.danvan.shared.web.MapSettings;

/**
 * Two filter chains: the stateless API (personal bearer tokens, JSON errors) and the web screens
 * (form sign-in, database sessions, CSRF). Roles guard whole areas here; organisation scope is
 * checked per record by {@link OrganisationScope}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfig {

    static final String[] PUBLIC_PAGES = {"/", "/login", "/error", "/error/**", "/webjars/**", "/static/**",
        "/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/portal/**"};

    /**
     * Posts that change nothing and are guarded by a secret typed into them, not by the session: "I
     * sent this petition" shows a petition to whoever types its citizen key. It needs no CSRF token, so
     * the public lookup page that carries its form opens no session for a visitor (the forms that do
     * change something, rating and reopening, appear only on the petitioner's page and keep the token).
     */
    static final RequestMatcher READ_WITH_A_KEY = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/portal/petitions/lookup");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Sign-in checks the password before anything else, so that the answer to a wrong password is the
     * same whether the account exists, is disabled or is locked: the lock is told only to whoever typed
     * the right password (LockedException, after it); a disabled account answers like a wrong password.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(AccountDetailsService details, PasswordEncoder encoder) {
        var provider = new DaoAuthenticationProvider(details);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new BadCredentialsException("disabled");
            }
            if (!user.isAccountNonLocked()) {
                throw new LockedException("locked at this address");
            }
        });
        return provider;
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AccountRepository accounts,
            AccountDetailsService details, MessageSource messages, LocaleResolver locales) throws Exception {
        http.securityMatcher("/api/**", "/open311/**", "/actuator/prometheus")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiTokenFilter(tokens, accounts, details),
                        UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/calendar/**", "/open311/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> json(res, 401, "Unauthorized",
                                messages.getMessage("error.unauthorized", null, locales.resolveLocale(req))))
                        .accessDeniedHandler((req, res, ex) -> json(res, 403, "Forbidden",
                                messages.getMessage("error.forbidden", null, locales.resolveLocale(req)))));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, SecurityProperties properties, AddressRateLimits limits,
            MapSettings map) throws Exception {
        http.addFilterBefore(new SignInRateLimit(limits, properties.signInsPerAddress()),
                        UsernamePasswordAuthenticationFilter.class)
                .csrf(c -> c.ignoringRequestMatchers(READ_WITH_A_KEY))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/audit/**").hasAnyRole(Role.ADMIN.name(), Role.HOME_AFFAIRS.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/home", true)
                        .failureHandler(loginFailure()).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(e -> e.accessDeniedHandler(expiredFormAware()).authenticationEntryPoint(signIn()))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(contentSecurityPolicy(map)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Scripts, styles and everything else from the application only; images also from the map's tile server. */
    static String contentSecurityPolicy(MapSettings map) {
        String tiles = map.imageSource() == null ? "" : " " + map.imageSource();
        return "default-src 'self'; img-src 'self' data:" + tiles + "; style-src 'self'; script-src 'self'; "
                + "frame-ancestors 'none'; form-action 'self'";
    }

    /**
     * Signed-out visitors go to the sign-in page; an htmx request of a page whose session ended
     * loads the sign-in page whole, not inside the current page.
     */
    private static AuthenticationEntryPoint signIn() {
        var page = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, exception) -> {
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                page.commence(request, response, exception);
            }
        };
    }

    /** A sign-in form left open until its session expired goes back to the form, not to a 403 page. */
    private static AccessDeniedHandler expiredFormAware() {
        AccessDeniedHandler standard = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            if (exception instanceof CsrfException
                    && request.getRequestURI().equals(request.getContextPath() + "/login")) {
                response.sendRedirect(request.getContextPath() + "/login?error=expired");
            } else {
                standard.handle(request, response, exception);
            }
        };
    }

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath()
                + (exception instanceof LockedException ? "/login?error=locked" : "/login?error=credentials"));
    }

    private static void json(HttpServletResponse response, int status, String error, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String body = "{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\""
                + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        response.getWriter().write(body);
    }
}
