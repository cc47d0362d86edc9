package vn.danvan.organisation.security;

import java.io.IOException;
import java.time.Duration;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import vn.danvan.shared.web.AddressRateLimit;
import vn.danvan.shared.web.AddressRateLimits;

/**
 * Slows down password guessing across many usernames from one address: at most
 * {@code danvan.security.sign-ins-per-address} sign-in posts per client address in {@link #WINDOW}. The per-account lock
 * (five failures, fifteen minutes) protects each account; this protects the whole list of them.
 */
public class SignInRateLimit extends OncePerRequestFilter {

    static final Duration WINDOW = Duration.ofMinutes(5);
    private final AddressRateLimit limit;

    public SignInRateLimit(AddressRateLimits limits, int attempts) {
        this.limit = limits.of("sign-in", attempts, WINDOW);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getRequestURI().equals(request.getContextPath() + "/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limit.tryAcquire(request.getRemoteAddr())) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error=tooMany");
        }
    }
}
