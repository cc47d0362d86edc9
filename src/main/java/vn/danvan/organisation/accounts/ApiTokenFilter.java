package vn.danvan.organisation.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.danvan.organisation.security.AccountDetailsService;

/** Authenticates {@code Authorization: Bearer dv_...} requests as the token's owner. */
public class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final AccountRepository accounts;
    private final AccountDetailsService details;

    public ApiTokenFilter(ApiTokens tokens, AccountRepository accounts, AccountDetailsService details) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.details = details;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.accountFor(header.substring(7).strip())
                    .flatMap(accounts::find)
                    .map(details::principal)
                    .filter(p -> p.isEnabled() && p.isAccountNonLocked())
                    .ifPresent(p -> {
                        var auth = UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
                        var context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(auth);
                        SecurityContextHolder.setContext(context);
                    });
        }
        chain.doFilter(request, response);
    }
}
