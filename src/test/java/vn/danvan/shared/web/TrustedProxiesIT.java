package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.danvan.DanVanIntegrationTest;

/**
 * The client address recorded in the audit (and counted by every per-address limit) and the host of
 * links come from forwarded headers only when the request comes from a listed proxy (the test profile
 * lists 10.250.0.0/16).
 */
@DanVanIntegrationTest
class TrustedProxiesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String auditedAddressOf(String peer, String... headers) throws Exception {
        String key = UUID.randomUUID().toString();
        long category = jdbc.sql("select id from petition_category where code = 'KHAC'").query(Long.class).single();
        MockHttpServletRequestBuilder request = post("/portal/petitions").with(csrf()).with(r -> {
            r.setRemoteAddr(peer);
            return r;
        }).param("kind", "FEEDBACK").param("categoryId", String.valueOf(category)).param("title", "Địa chỉ gửi")
                .param("content", "Ghi địa chỉ gửi").param("consent", "true").param("submissionKey", key);
        for (int i = 0; i < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        mvc.perform(request);
        return jdbc.sql("""
                select e.client_address from audit_entry e join petition p on e.entity_id = cast(p.id as varchar(40))
                 where e.entity_type = 'Petition' and e.action = 'CREATE' and p.id = (select max(id) from petition)""")
                .query(String.class).single();
    }

    @Test
    void aForgedForwardedForFromAnyOtherPeerIsIgnored() throws Exception {
        assertThat(auditedAddressOf("10.30.0.5", "X-Forwarded-For", "203.0.113.7")).isEqualTo("10.30.0.5");
        assertThat(auditedAddressOf("127.0.0.1", "X-Forwarded-For", "203.0.113.7")).isEqualTo("127.0.0.1");
    }

    @Test
    void aListedProxyNamesTheClient() throws Exception {
        assertThat(auditedAddressOf("10.250.0.1", "X-Forwarded-For", "203.0.113.66, 198.51.100.9"))
                .isEqualTo("198.51.100.9");
        assertThat(auditedAddressOf("10.250.0.1", "X-Forwarded-For", "198.51.100.10, 10.250.0.2"))
                .isEqualTo("198.51.100.10");
    }

    @Test
    void aForgedForwardedHostNeverReachesARedirect() throws Exception {
        String location = mvc.perform(get("/home").with(r -> {
            r.setRemoteAddr("10.30.0.5");
            return r;
        }).header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")).andReturn().getResponse()
                .getHeader("Location");
        assertThat(location).isNotNull().doesNotContain("evil.example");
        String trusted = mvc.perform(get("/home").with(r -> {
            r.setRemoteAddr("10.250.0.1");
            return r;
        }).header("X-Forwarded-Host", "danvan.example.vn").header("X-Forwarded-Proto", "https")).andReturn()
                .getResponse().getHeader("Location");
        assertThat(trusted).isNotNull().satisfiesAnyOf(l -> assertThat(l).startsWith("/login"),
                l -> assertThat(l).startsWith("https://danvan.example.vn/login"));
    }
}
