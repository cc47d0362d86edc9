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

/** Five wrong passwords in a row lock the account for fifteen minutes, even against the right one. */
@DanVanIntegrationTest
class SignInLockIT {

    static final String PASSWORD = "mat-khau-dung-1";

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
