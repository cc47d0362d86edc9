package vn.danvan.shared.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who the client is. Behind a reverse proxy every request comes from the proxy, which names the
 * client in {@code X-Forwarded-For} (and the public scheme, host and port in {@code X-Forwarded-Proto},
 * {@code -Host}, {@code -Port}). Anybody can send those headers, so they are believed only when the
 * request comes from an address listed in {@code danvan.trusted-proxies}
 * ({@code DANVAN_TRUSTED_PROXIES}: addresses or CIDR ranges, comma-separated; none by default).
 * The client is then the right-most address of {@code X-Forwarded-For} that is not itself a trusted
 * proxy (what a client wrote to the left of its own address is ignored). From anyone else the
 * forwarded headers are removed, so no per-address limit, audit row or link can be steered by them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TrustedProxies extends OncePerRequestFilter {

    private static final Set<String> FORWARDED = Set.of("forwarded", "x-forwarded-for", "x-forwarded-proto",
            "x-forwarded-host", "x-forwarded-port", "x-forwarded-prefix", "x-real-ip", "x-forwarded-ssl");

    private final List<IpAddressMatcher> proxies;

    TrustedProxies(@Value("${danvan.trusted-proxies:}") List<String> proxies) {
        this.proxies = proxies.stream().map(String::strip).filter(p -> !p.isEmpty()).map(IpAddressMatcher::new)
                .toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(trusted(request.getRemoteAddr()) ? new Forwarded(request) : new Direct(request), response);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    boolean trusted(String address) {
        if (address == null || address.isEmpty()) {
            return false;
        }
        for (IpAddressMatcher proxy : proxies) {
            try {
                if (proxy.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }

    /** The right-most address of the chain that is not a trusted proxy; the proxy itself when all are. */
    String client(HttpServletRequest request) {
        List<String> chain = new ArrayList<>();
        for (Enumeration<String> e = request.getHeaders("X-Forwarded-For"); e.hasMoreElements();) {
            for (String part : e.nextElement().split(",")) {
                if (!part.isBlank()) {
                    chain.add(part.strip());
                }
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            String address = chain.get(i);
            if (!trusted(address)) {
                return isAddress(address) ? address : request.getRemoteAddr();
            }
        }
        return request.getRemoteAddr();
    }

    private static boolean isAddress(String text) {
        return text.matches("[0-9a-fA-F:.]{2,45}");
    }

    /** A request straight from a client: its forwarded headers are not shown to anyone. */
    private static class Direct extends HttpServletRequestWrapper {

        Direct(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return FORWARDED.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return FORWARDED.contains(name.toLowerCase(Locale.ROOT)) ? Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(n -> FORWARDED.contains(n.toLowerCase(Locale.ROOT)));
            return Collections.enumeration(names);
        }
    }

    /** A request through a trusted proxy: the client, scheme, host and port it names. */
    private class Forwarded extends Direct {

        private final String client;
        private final String scheme;
        private final String host;
        private final int port;

        Forwarded(HttpServletRequest request) {
            super(request);
            this.client = client(request);
            String proto = last(request.getHeader("X-Forwarded-Proto"));
            this.scheme = "https".equalsIgnoreCase(proto) ? "https" : "http".equalsIgnoreCase(proto) ? "http"
                    : request.getScheme();
            String forwardedHost = last(request.getHeader("X-Forwarded-Host"));
            String hostOnly = forwardedHost;
            Integer hostPort = null;
            if (forwardedHost != null && forwardedHost.matches("[A-Za-z0-9.-]+:\\d{1,5}")) {
                hostOnly = forwardedHost.substring(0, forwardedHost.lastIndexOf(':'));
                hostPort = Integer.valueOf(forwardedHost.substring(forwardedHost.lastIndexOf(':') + 1));
            }
            this.host = hostOnly != null && hostOnly.matches("[A-Za-z0-9.-]{1,253}") ? hostOnly
                    : request.getServerName();
            String forwardedPort = last(request.getHeader("X-Forwarded-Port"));
            if (forwardedPort != null && forwardedPort.matches("\\d{1,5}")) {
                this.port = Integer.parseInt(forwardedPort);
            } else if (hostPort != null) {
                this.port = hostPort;
            } else if (proto != null || forwardedHost != null) {
                this.port = "https".equals(scheme) ? 443 : 80;
            } else {
                this.port = request.getServerPort();
            }
        }

        private static String last(String header) {
            if (header == null || header.isBlank()) {
                return null;
            }
            String[] parts = header.split(",");
            return parts[parts.length - 1].strip();
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme);
        }

        @Override
        public String getServerName() {
            return host;
        }

        @Override
        public int getServerPort() {
            return port;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(scheme).append("://").append(host);
            if (!("https".equals(scheme) && port == 443 || "http".equals(scheme) && port == 80)) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }
    }
}
