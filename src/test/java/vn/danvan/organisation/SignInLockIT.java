package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.organisation.accounts.AccountAdministration;
import vn.danvan.organisation.accounts.AccountRepository;
import vn.danvan.organisation.accounts.AccountView;
import vn.danvan.organisation.people.PersonAdministration;
import vn.danvan.organisation.people.PersonData;

/** Five wrong passwords in a row lock the account for fifteen minutes, even against the right one. */
@DanVanIntegrationTest
class SignInLockIT {

    static final String PASSWORD = "Vz8-Qx2-Lp-Tk5";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    PersonAdministration people;
    @Autowired
    OrganisationService organisation;
    @Autowired
    AccountRepository repository;
    @Autowired
    TransactionTemplate transactions;

    private String freshAccount() {
        String username = "khoa." + UUID.randomUUID().toString().substring(0, 8);
        long unit = organisation.unitByCode("ALINH").orElseThrow().id();
        transactions.executeWithoutResult(s -> {
            long person = people.create(new PersonData("Người Thử Khóa", "Công chức", unit, null, null), false);
            accounts.create(username, person, unit, EnumSet.of(Role.OFFICER), PASSWORD, false);
        });
        return username;
    }

    @Test
    void fiveFailuresLockTheAccount() throws Exception {
        String username = freshAccount();
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password("sai-mat-khau-" + i))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/home"));
        assertThat(repository.findByUsername(username).orElseThrow().failedAttempts()).isZero();

        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("sai-mat-khau-" + i));
        }
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error=locked"));
        AccountView locked = repository.findByUsername(username).orElseThrow();
        assertThat(locked.lockedUntil()).isNotNull();

        transactions.executeWithoutResult(s -> accounts.unlock(locked.id()));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/home"));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String username,
            String password, String address) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                }).param("username", username).param("password", password);
    }

    @Test
    void theLockHoldsOnlyAtTheAddressTheFailuresCameFromAndIsToldOnlyWithTheRightPassword() throws Exception {
        String username = freshAccount();
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(username, "sai-mat-khau-" + i, "198.51.100.77"))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        // from the stranger's address: a wrong password answers as for any account, the right one is locked
        mvc.perform(signIn(username, "sai-mat-khau-9", "198.51.100.77")).andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(signIn(username, PASSWORD, "198.51.100.77")).andExpect(redirectedUrl("/login?error=locked"));
        // the owner, from elsewhere, is not locked out
        mvc.perform(signIn(username, PASSWORD, "203.0.113.20")).andExpect(redirectedUrl("/home"));
        assertThat(repository.findByUsername(username).orElseThrow().lockedUntil())
                .as("the administrators still see the lock").isNotNull();
        // an unknown username and a disabled account answer the same
        mvc.perform(signIn("khong.co.ai." + username, PASSWORD, "203.0.113.20"))
                .andExpect(redirectedUrl("/login?error=credentials"));
    }

    @Test
    void aSignInFormWhoseSessionExpiredLeadsBackToTheForm() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                        .param("username", "admin").param("password", "DanVan@2018"))
                .andExpect(redirectedUrl("/login?error=expired"));
    }

    @Test
    void anUnknownUsernameGetsTheSameAnswerAsAWrongPassword() throws Exception {
        mvc.perform(formLogin().user("khong.ton.tai").password("bat-ky-mat-khau"))
                .andExpect(redirectedUrl("/login?error=credentials"));
    }
}
