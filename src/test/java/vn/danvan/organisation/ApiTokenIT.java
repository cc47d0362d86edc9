package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.shared.DanVanTime;
import vn.danvan.organisation.accounts.AccountAdministration;
import vn.danvan.organisation.accounts.AccountView;
import vn.danvan.organisation.accounts.ApiTokens;

/** Personal API tokens: created on /account/tokens, shown once, they open the API as their owner until revoked or expired. */
@DanVanIntegrationTest
class ApiTokenIT {

    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\"[^>]*>(dv_[A-Za-z0-9_-]+)<");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiTokens tokens;

    OrganisationFixture fixtures;
    AccountView officer;

    @BeforeEach
    void officer() {
        fixtures = OrganisationFixture.of(context);
        officer = fixtures.officer();
    }

    @Test
    void aNewTokenIsShownOnceAndActsAsItsOwner() throws Exception {
        String page = mvc.perform(post("/account/tokens").with(fixtures.as(officer.username())).with(csrf())
                        .param("name", "Đồng bộ báo cáo").param("expiresOn", today().plusDays(30).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã chỉ hiện một lần và không thể xem lại")))
                .andExpect(content().string(containsString("curl -H &quot;Authorization: Bearer dv_")))
                .andExpect(content().string(containsString("/api/v1/me")))
                .andReturn().getResponse().getContentAsString();
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as("the secret is on the page").isTrue();
        String secret = m.group(1);

        mvc.perform(get("/account/tokens").with(fixtures.as(officer.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đồng bộ báo cáo")))
                .andExpect(content().string(containsString("Còn hiệu lực")))
                .andExpect(content().string(containsString(DanVanTime.DATE.format(today().plusDays(30)))))
                .andExpect(content().string(not(containsString(secret))));
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :s").param("s", secret)
                .query(Long.class).single()).as("the secret itself is not stored").isZero();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(officer.username()))
                .andExpect(jsonPath("$.unitId").value(officer.unitId()))
                .andExpect(jsonPath("$.roles[0]").value("OFFICER"));
        mvc.perform(get("/account/tokens").with(fixtures.as(officer.username())))
                .andExpect(content().string(not(containsString("Chưa dùng"))));
    }

    @Test
    void withoutATokenOrWithAWrongOneTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer dv_khongcothat"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aRevokedTokenAnswers401() throws Exception {
        String secret = tokens.create(officer.id(), "Sẽ thu hồi", today().plusDays(10));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        long id = tokens.of(officer.id()).get(0).id();

        mvc.perform(post("/account/tokens/{id}/revoke", id).with(fixtures.as(officer.username())).with(csrf()))
                .andExpect(redirectedUrl("/account/tokens"));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/account/tokens").with(fixtures.as(officer.username())))
                .andExpect(content().string(containsString("Đã thu hồi")))
                .andExpect(content().string(not(containsString("id=\"revoke-" + id + "\""))));
    }

    @Test
    void anExpiredTokenAnswers401() throws Exception {
        String secret = tokens.create(officer.id(), "Sẽ hết hạn", today().plusDays(10));
        jdbc.sql("update api_token set expires_at = :t where account_id = :a")
                .param("t", OffsetDateTime.now(DanVanTime.ZONE).minusMinutes(1)).param("a", officer.id()).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/account/tokens").with(fixtures.as(officer.username())))
                .andExpect(content().string(containsString("Hết hạn")));
    }

    @Test
    void theTokenOfADisabledAccountAnswers401() throws Exception {
        String secret = tokens.create(officer.id(), "Tài khoản sẽ bị khóa", today().plusDays(10));
        context.getBean(AccountAdministration.class).update(officer.id(), officer.version(), officer.unitId(),
                officer.roles(), false);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void nobodyRevokesAnotherPersonsToken() throws Exception {
        String secret = tokens.create(officer.id(), "Của người khác", today().plusDays(10));
        long id = tokens.of(officer.id()).get(0).id();
        AccountView other = fixtures.officer();
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(fixtures.as(other.username())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
    }

    @Test
    void anExpiryBeyondAYearOrInThePastIsRefusedAndNothingIsCreated() throws Exception {
        mvc.perform(post("/account/tokens").with(fixtures.as(officer.username())).with(csrf())
                        .param("name", "Quá dài").param("expiresOn", today().plusYears(1).plusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày hết hạn phải sau hôm nay và không quá một năm.")))
                .andExpect(content().string(not(containsString("id=\"token-secret\""))));
        mvc.perform(post("/account/tokens").with(fixtures.as(officer.username())).with(csrf())
                        .param("name", "Hôm qua").param("expiresOn", today().minusDays(1).toString()))
                .andExpect(content().string(containsString("Ngày hết hạn phải sau hôm nay")));
        mvc.perform(post("/account/tokens").with(fixtures.as(officer.username())).with(csrf())
                        .param("name", "Ngày sai").param("expiresOn", "2026-02-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")))
                .andExpect(content().string(containsString("value=\"2026-02-30\"")));
        mvc.perform(post("/account/tokens").with(fixtures.as(officer.username())).with(csrf())
                        .param("name", " ").param("expiresOn", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường này là bắt buộc.")));
        assertThat(tokens.of(officer.id())).isEmpty();
    }

    @Test
    void aWrongTypedOrOverLongValueComesBackBesideItsFieldAndNothingIsCreated() throws Exception {
        String name = "Đồng bộ ".repeat(13);
        mvc.perform(post("/account/tokens").with(fixtures.as(officer.username())).with(csrf())
                        .param("name", "Đồng bộ").param("expiresOn", "31/02/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"expiresOn-error\"")))
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")))
                .andExpect(content().string(containsString("value=\"Đồng bộ\"")))
                .andExpect(content().string(containsString("value=\"31/02/2026\"")))
                .andExpect(content().string(not(containsString("id=\"token-secret\""))));
        mvc.perform(post("/account/tokens").with(fixtures.as(officer.username())).with(csrf())
                        .param("name", name).param("expiresOn", DanVanTime.DATE.format(today().plusDays(7))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("Không được dài quá 100 ký tự.")))
                .andExpect(content().string(containsString("value=\"" + name.strip() + "\"")))
                .andExpect(content().string(not(containsString("id=\"token-secret\""))));
        assertThat(tokens.of(officer.id())).isEmpty();

        // the date as written in Viet Nam
        mvc.perform(post("/account/tokens").with(fixtures.as(officer.username())).with(csrf())
                        .param("name", "Theo ngày viết tay").param("expiresOn", DanVanTime.DATE.format(today().plusDays(7))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"token-secret\"")));
        assertThat(tokens.of(officer.id())).hasSize(1);
    }

    @Test
    void theTokenPageOffersADefaultExpiryOf90Days() throws Exception {
        mvc.perform(get("/account/tokens").with(fixtures.as(officer.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + DanVanTime.DATE.format(today().plusDays(90)) + "\"")))
                .andExpect(content().string(containsString("tối đa một năm")));
    }

    @Test
    void theMeEndpointIsDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.summary").exists());
    }

    private static LocalDate today() {
        return LocalDate.now(DanVanTime.ZONE);
    }
}
