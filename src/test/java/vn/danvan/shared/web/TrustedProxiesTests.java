package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Forwarded headers are believed from the listed proxies only, and the client is the right-most untrusted hop. */
class TrustedProxiesTests {

    private static HttpServletRequest through(TrustedProxies filter, String peer, String... headers)
            throws ServletException, IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/portal");
        request.setRemoteAddr(peer);
        request.setServerName("10.0.0.8");
        request.setServerPort(8080);
        for (int i = 0; i < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }

    @Test
    void byDefaultNobodyIsTrustedAndTheHeadersAreHidden() throws Exception {
        HttpServletRequest seen = through(new TrustedProxies(List.of()), "127.0.0.1", "X-Forwarded-For", "1.2.3.4",
                "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https");
        assertThat(seen.getRemoteAddr()).isEqualTo("127.0.0.1");
        assertThat(seen.getServerName()).isEqualTo("10.0.0.8");
        assertThat(seen.getScheme()).isEqualTo("http");
        assertThat(seen.getHeader("X-Forwarded-For")).isNull();
        assertThat(seen.getHeader("x-forwarded-host")).isNull();
        assertThat(Collections.list(seen.getHeaders("X-Forwarded-Proto"))).isEmpty();
        assertThat(Collections.list(seen.getHeaderNames())).noneMatch(n -> n.toLowerCase().startsWith("x-forwarded"));
    }

    @Test
    void aPrivateOrLoopbackPeerNotListedIsNotBelieved() throws Exception {
        TrustedProxies filter = new TrustedProxies(List.of("10.1.0.0/16"));
        for (String peer : List.of("127.0.0.1", "192.168.1.5", "172.16.0.1", "10.2.0.1", "::1")) {
            assertThat(through(filter, peer, "X-Forwarded-For", "9.9.9.9").getRemoteAddr()).isEqualTo(peer);
        }
    }

    @Test
    void aListedProxyNamesTheClientAndWhatTheClientWroteIsIgnored() throws Exception {
        TrustedProxies filter = new TrustedProxies(List.of("127.0.0.1", "10.1.0.0/16"));
        assertThat(through(filter, "127.0.0.1", "X-Forwarded-For", "203.0.113.7").getRemoteAddr())
                .isEqualTo("203.0.113.7");
        // the client sent "X-Forwarded-For: 1.1.1.1"; haproxy appended the real address
        assertThat(through(filter, "127.0.0.1", "X-Forwarded-For", "1.1.1.1, 203.0.113.7").getRemoteAddr())
                .isEqualTo("203.0.113.7");
        // two trusted hops: the client is the first untrusted from the right
        assertThat(through(filter, "10.1.0.9", "X-Forwarded-For", "1.1.1.1, 203.0.113.7, 10.1.0.4").getRemoteAddr())
                .isEqualTo("203.0.113.7");
        assertThat(through(filter, "10.1.0.9", "X-Forwarded-For", "1.1.1.1", "X-Forwarded-For", "203.0.113.8")
                .getRemoteAddr()).isEqualTo("203.0.113.8");
        // nothing but proxies, or no header: the proxy itself
        assertThat(through(filter, "10.1.0.9", "X-Forwarded-For", "10.1.0.4").getRemoteAddr()).isEqualTo("10.1.0.9");
        assertThat(through(filter, "10.1.0.9").getRemoteAddr()).isEqualTo("10.1.0.9");
        assertThat(through(filter, "10.1.0.9", "X-Forwarded-For", "<script>").getRemoteAddr()).isEqualTo("10.1.0.9");
    }

    @Test
    void aListedProxyGivesThePublicSchemeHostAndPort() throws Exception {
        TrustedProxies filter = new TrustedProxies(List.of("127.0.0.1"));
        HttpServletRequest seen = through(filter, "127.0.0.1", "X-Forwarded-Proto", "https", "X-Forwarded-Host",
                "danvan.tphcm.gov.vn");
        assertThat(seen.getScheme()).isEqualTo("https");
        assertThat(seen.isSecure()).isTrue();
        assertThat(seen.getServerName()).isEqualTo("danvan.tphcm.gov.vn");
        assertThat(seen.getServerPort()).isEqualTo(443);
        assertThat(seen.getRequestURL().toString()).isEqualTo("https://danvan.tphcm.gov.vn/portal");
        HttpServletRequest odd = through(filter, "127.0.0.1", "X-Forwarded-Host", "bad host/\r\nx");
        assertThat(odd.getServerName()).isEqualTo("10.0.0.8");
    }
}
