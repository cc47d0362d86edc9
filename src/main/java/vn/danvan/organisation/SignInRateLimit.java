package vn.danvan.organisation;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing across many usernames from one address: at most
 * {@code danvan.security.sign-ins-per-address} sign-in posts per client address in {@link #WINDOW}. The per-account lock
 * (five failures, fifteen minutes) protects each account; this protects the whole list of them.
 */
class SignInRateLimit extends OncePerRequestFilter {

    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int MAX_TRACKED = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int attempts;

    SignInRateLimit(int attempts) {
        this.attempts = attempts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getRequestURI().equals(request.getContextPath() + "/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> Bucket.builder()
                .addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, WINDOW)).build());
        if (bucket.tryConsume(1)) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error=tooMany");
        }
    }
}
