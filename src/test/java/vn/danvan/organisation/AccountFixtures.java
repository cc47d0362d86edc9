package vn.danvan.organisation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.context.ApplicationContext;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.danvan.organisation.accounts.AccountAdministration;
import vn.danvan.organisation.accounts.AccountRepository;
import vn.danvan.organisation.accounts.AccountView;
import vn.danvan.organisation.people.PersonAdministration;
import vn.danvan.organisation.people.PersonData;
import vn.danvan.organisation.security.AccountDetailsService;

/**
 * Test data of the account screens: people and accounts with unique names (other tests share the
 * database), a known password, and ways to act as them: as a ready principal, or by a real sign-in
 * whose session cookie later requests carry.
 */
final class AccountFixtures {

    static final String PASSWORD = "Kiem-tra-2025!";

    private final PersonAdministration people;
    private final AccountAdministration accounts;
    private final AccountRepository repository;
    private final AccountDetailsService details;
    private final OrganisationService organisation;

    private AccountFixtures(ApplicationContext context) {
        this.people = context.getBean(PersonAdministration.class);
        this.accounts = context.getBean(AccountAdministration.class);
        this.repository = context.getBean(AccountRepository.class);
        this.details = context.getBean(AccountDetailsService.class);
        this.organisation = context.getBean(OrganisationService.class);
    }

    static AccountFixtures of(ApplicationContext context) {
        return new AccountFixtures(context);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    long unit(String code) {
        return organisation.unitByCode(code).orElseThrow().id();
    }

    long person(String fullName, String unitCode) {
        return people.create(new PersonData(fullName, "Công chức thử nghiệm", unit(unitCode), null, null), false);
    }

    /** An officer of An Bình with {@link #PASSWORD}, who may sign in without changing it. */
    AccountView officer() {
        return account(false, EnumSet.of(Role.OFFICER));
    }

    AccountView account(boolean mustChange, Set<Role> roles) {
        String username = unique("tk.");
        long person = person("Cán bộ " + username, "ABINH");
        long id = accounts.create(username, person, null, roles, PASSWORD, mustChange);
        return repository.find(id).orElseThrow();
    }

    /** Acts as the account as it is in the database now. */
    RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(
                details.principal(repository.findByUsername(username).orElseThrow()));
    }

    /** Signs in through the real sign-in form; the answer's session cookie, or null when refused. */
    static Cookie signIn(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        String target = result.getResponse().getRedirectedUrl();
        if (target == null || target.contains("error")) {
            return null;
        }
        return result.getResponse().getCookie("SESSION");
    }
}
