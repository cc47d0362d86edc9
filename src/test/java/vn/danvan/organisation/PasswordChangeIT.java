package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.organisation.accounts.AccountRepository;
import vn.danvan.organisation.accounts.AccountView;

/** A signed-in person changes their own password; after a reset they must, before anything else. */
@DanVanIntegrationTest
class PasswordChangeIT {

    private static final String NEW_PASSWORD = "Moi-doi-8Rv3-Lk";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AccountRepository accounts;

    OrganisationFixture fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = OrganisationFixture.of(context);
    }

    @Test
    void aWrongCurrentPasswordIsRefusedWithTheMessageAndChangesNothing() throws Exception {
        AccountView officer = fixtures.officer();
        String hash = accounts.passwordHash(officer.id()).orElseThrow();
        mvc.perform(post("/account/password").with(fixtures.as(officer.username())).with(csrf())
                        .param("currentPassword", "Sai-mat-khau-1").param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")))
                .andExpect(content().string(not(containsString("Sai-mat-khau-1"))))
                .andExpect(content().string(not(containsString(NEW_PASSWORD))));
        assertThat(accounts.passwordHash(officer.id())).contains(hash);
    }

    @Test
    void aMismatchedRepetitionOrShortPasswordIsRefused() throws Exception {
        AccountView officer = fixtures.officer();
        mvc.perform(post("/account/password").with(fixtures.as(officer.username())).with(csrf())
                        .param("currentPassword", OrganisationFixture.PASSWORD).param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD + "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu nhập lại không khớp.")));
        mvc.perform(post("/account/password").with(fixtures.as(officer.username())).with(csrf())
                        .param("currentPassword", OrganisationFixture.PASSWORD).param("newPassword", "ngan")
                        .param("confirmation", "ngan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")));
        mvc.perform(post("/account/password").with(fixtures.as(officer.username())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường này là bắt buộc.")));
        assertThat(OrganisationFixture.signIn(mvc, officer.username(), OrganisationFixture.PASSWORD)).isNotNull();
    }

    @Test
    void anOverLongPasswordComesBackBesideItsFieldNeverShownAndChangesNothing() throws Exception {
        AccountView officer = fixtures.officer();
        String hash = accounts.passwordHash(officer.id()).orElseThrow();
        String tooLong = "Mat-khau-".repeat(15);
        mvc.perform(post("/account/password").with(fixtures.as(officer.username())).with(csrf())
                        .param("currentPassword", tooLong).param("newPassword", tooLong)
                        .param("confirmation", tooLong))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"newPassword-error\"")))
                .andExpect(content().string(containsString("Mật khẩu không được dài quá 128 ký tự.")))
                .andExpect(content().string(containsString("id=\"currentPassword-error\"")))
                .andExpect(content().string(containsString("Không được dài quá 128 ký tự.")))
                .andExpect(content().string(not(containsString(tooLong))));
        assertThat(accounts.passwordHash(officer.id())).contains(hash);
    }

    @Test
    void aChangedPasswordSignsInAndTheOldOneNoLonger() throws Exception {
        AccountView officer = fixtures.officer();
        mvc.perform(get("/account/password").with(fixtures.as(officer.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"password-forced\""))));
        mvc.perform(post("/account/password").with(fixtures.as(officer.username())).with(csrf())
                        .param("currentPassword", OrganisationFixture.PASSWORD).param("newPassword", " " + NEW_PASSWORD)
                        .param("confirmation", " " + NEW_PASSWORD))
                .andExpect(redirectedUrl("/home"))
                .andExpect(flash().attribute("flash", "password.changed"));

        assertThat(OrganisationFixture.signIn(mvc, officer.username(), OrganisationFixture.PASSWORD)).isNull();
        assertThat(OrganisationFixture.signIn(mvc, officer.username(), " " + NEW_PASSWORD))
                .as("the password is kept as typed, as the sign-in form sends it").isNotNull();
    }

    @Test
    void aForcedChangeSaysWhyAndReleasesTheSessionOnceDone() throws Exception {
        AccountView fresh = fixtures.account(true, EnumSet.of(Role.OFFICER));
        Cookie session = OrganisationFixture.signIn(mvc, fresh.username(), OrganisationFixture.PASSWORD);
        assertThat(session).isNotNull();

        mvc.perform(get("/home").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/tokens").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"password-forced\"")))
                .andExpect(content().string(containsString("vừa được cấp hoặc được quản trị viên đặt lại")));

        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", OrganisationFixture.PASSWORD).param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/home"));

        assertThat(accounts.find(fresh.id()).orElseThrow().mustChangePassword()).isFalse();
        mvc.perform(get("/home").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cán bộ " + fresh.username())));
        mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void withoutSigningInThePageAsksForASignIn() throws Exception {
        mvc.perform(get("/account/password"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
