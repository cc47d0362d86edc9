package vn.danvan.planning;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.SignedIn;
import vn.danvan.shared.DanVanTime;

/**
 * Test data of the planning tests, made as people make it (petitions at the counter, API tokens on
 * the account page) or, for accounts of units the demo has none of, written directly: the
 * organisation module's builders are internal to it.
 */
final class PlanningFixtures {

    private static final Pattern CODE = Pattern.compile("id=\"tracking-code\">([A-Z0-9-]+)<");
    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\"[^>]*>(dv_[A-Za-z0-9_-]+)<");

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;

    PlanningFixtures(MockMvc mvc, ApplicationContext context, JdbcClient jdbc) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
    }

    long unit(String code) {
        return jdbc.sql("select id from unit where code = :c").param("c", code).query(Long.class).single();
    }

    long account(String username) {
        return jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).single();
    }

    /** A new officer of the unit, who may sign in by the test helpers only. */
    String officerOf(String unitCode) {
        String username = "kh." + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        OffsetDateTime now = OffsetDateTime.now();
        long unit = unit(unitCode);
        var person = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into person (full_name, search_key, unit_id, created_at, updated_at, version)
                values (:name, :name, :unit, :now, :now, 0)""")
                .param("name", "Can bo " + username).param("unit", unit).param("now", now).update(person, "id");
        var account = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into account (username, password_hash, person_id, unit_id, created_at, updated_at, version)
                values (:username, '{noop}not-used', :person, :unit, :now, :now, 0)""")
                .param("username", username).param("person", person.getKey().longValue()).param("unit", unit)
                .param("now", now).update(account, "id");
        jdbc.sql("insert into account_role (account_id, role) values (:id, 'OFFICER')")
                .param("id", account.getKey().longValue()).update();
        return username;
    }

    /** A petition received at An Bình's counter; its tracking code. */
    String petitionOfAnBinh(String title) throws Exception {
        return petition("anbinh.canbo", "ABINH", title);
    }

    /** A petition for the unit received by {@code username} at the counter; its tracking code. */
    String petition(String username, String unitCode, String title) throws Exception {
        long category = jdbc.sql("select min(id) from petition_category where active").query(Long.class).single();
        String page = mvc.perform(post("/petitions").with(SignedIn.as(context, username)).with(csrf())
                        .param("kind", "FEEDBACK").param("categoryId", String.valueOf(category))
                        .param("unitId", String.valueOf(unit(unitCode))).param("channel", "COUNTER")
                        .param("title", title).param("content", "Nội dung " + title)
                        .param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = CODE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no tracking code on the receipt page");
        }
        return m.group(1);
    }

    /** A personal API token of the account, made on its account page. */
    String token(String username) throws Exception {
        String page = mvc.perform(post("/account/tokens").with(SignedIn.as(context, username)).with(csrf())
                        .param("name", "Kế hoạch " + username)
                        .param("expiresOn", LocalDate.now(DanVanTime.ZONE).plusDays(30).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = SECRET.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no token secret on the page");
        }
        return m.group(1);
    }
}
