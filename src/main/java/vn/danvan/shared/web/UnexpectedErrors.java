package vn.danvan.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last guard around every request: an error that escapes the screens' own handling (one thrown
 * by a filter, for instance) is logged by {@link SafeErrors} (its type and where, never its message)
 * and answered with the 500 page, instead of reaching the servlet container, which would log its
 * message and show its own page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class UnexpectedErrors extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (SafeErrors.isClientGone(e)) {
                return;
            }
            if (SafeErrors.isUnreadableInput(e)) {
                if (!response.isCommitted()) {
                    response.reset();
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                }
                return;
            }
            log.error("Unexpected error on {} {}: {}", request.getMethod(), request.getRequestURI(),
                    SafeErrors.describe(e));
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }
}
