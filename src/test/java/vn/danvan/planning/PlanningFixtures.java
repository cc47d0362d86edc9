package vn.danvan.planning;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.organisation.Role;
import vn.danvan.shared.DanVanTime;

/**
 * Test data of the planning tests, made as people make it: petitions at the counter, API tokens on the
 * account page, accounts of units the demo has none of by the organisation's fixture.
 */
final class PlanningFixtures {

    private static final Pattern CODE = Pattern.compile("id=\"tracking-code\">([A-Z0-9-]+)<");
    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\"[^>]*>(dv_[A-Za-z0-9_-]+)<");

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final OrganisationFixture organisation;

    PlanningFixtures(MockMvc mvc, ApplicationContext context, JdbcClient jdbc) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.organisation = OrganisationFixture.of(context);
    }

    long unit(String code) {
        return organisation.unit(code);
    }

    long account(String username) {
        return organisation.accountId(username);
    }

    /** A new officer of the unit, made as the account screen makes one. */
    String officerOf(String unitCode) {
        return organisation.staff().in(unitCode).role(Role.OFFICER).usernameStartingWith("kh.").create().username();
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
