package vn.danvan.organisation;

import vn.danvan.organisation.accounts.AccountAdministration;
import vn.danvan.organisation.accounts.AccountRepository;
import vn.danvan.organisation.accounts.AccountView;
import vn.danvan.organisation.accounts.ApiTokens;
import vn.danvan.organisation.people.PersonAdministration;
import vn.danvan.organisation.people.PersonData;
import vn.danvan.organisation.security.AccountDetailsService;
import vn.danvan.organisation.security.AccountPrincipal;
import vn.danvan.organisation.security.SignInLocks;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.Cookie;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.danvan.shared.DanVanTime;

/**
 * The organisation records every module's tests need, made through the organisation's own services
 * (the administration screens' rules, audit and all), never by SQL: units found by code, people and
 * staff accounts with unique names (other tests share the database) and a known password, heads of a
 * unit taken away for a while, and ways to act as an account, as a ready principal, by a real sign-in,
 * or around a service call.
 *
 * <pre>
 * OrganisationFixture org = OrganisationFixture.of(context);
 * Staff officer = org.staff().in(org.unit("ALINH")).role(Role.OFFICER).email("a@b.vn").create();
 * </pre>
 */
public final class OrganisationFixture {

    /** The password of every account made here; strong enough for the password policy. */
    public static final String PASSWORD = "Kiem-tra-2025!";

    private final PersonAdministration people;
    private final AccountAdministration accounts;
    private final AccountRepository repository;
    private final AccountDetailsService details;
    private final OrganisationService organisation;
    private final ApiTokens tokens;
    private final SignInLocks locks;

    private OrganisationFixture(ApplicationContext context) {
        this.people = context.getBean(PersonAdministration.class);
        this.accounts = context.getBean(AccountAdministration.class);
        this.repository = context.getBean(AccountRepository.class);
        this.details = context.getBean(AccountDetailsService.class);
        this.organisation = context.getBean(OrganisationService.class);
        this.tokens = context.getBean(ApiTokens.class);
        this.locks = context.getBean(SignInLocks.class);
    }

    public static OrganisationFixture of(ApplicationContext context) {
        return new OrganisationFixture(context);
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A staff account as the tests see it. */
    public record Staff(long accountId, String username, long personId, String email) {
    }

    // ------------------------------------------------------------------ units and people

    /** The id of the unit with the code. */
    public long unit(String code) {
        return organisation.unitByCode(code).orElseThrow(() -> new IllegalArgumentException("no unit " + code)).id();
    }

    /** The ids of every unit of the tree, retired ones included, by code. */
    public Map<String, Long> units() {
        Map<String, Long> ids = new LinkedHashMap<>();
        organisation.tree().forEach(u -> ids.put(u.code(), u.id()));
        return ids;
    }

    /** The id of an existing account. */
    public long accountId(String username) {
        return account(username).id();
    }

    /** The person who holds an existing account. */
    public long personOf(String username) {
        return account(username).personId();
    }

    /** A person added to the unit as the people screen adds one. */
    public long person(String fullName, String title, long unitId) {
        return people.create(new PersonData(fullName, title, unitId, null, null), false);
    }

    long person(String fullName, String unitCode) {
        return person(fullName, "Công chức thử nghiệm", unit(unitCode));
    }

    private AccountView account(String username) {
        return repository.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("no account " + username));
    }

    // ------------------------------------------------------------------ staff accounts

    /** A new staff account: by default an officer of An Bình with {@link #PASSWORD} and no e-mail. */
    public StaffBuilder staff() {
        return new StaffBuilder();
    }

    /** Builds one staff account: a person of the unit and their account, made by the administration services. */
    public final class StaffBuilder {

        private Long unitId;
        private final Set<Role> roles = EnumSet.noneOf(Role.class);
        private String fullName;
        private String email;
        private String prefix = "tk.";
        private boolean mustChange;

        private StaffBuilder() {
        }

        public StaffBuilder in(long unitId) {
            this.unitId = unitId;
            return this;
        }

        public StaffBuilder in(String unitCode) {
            return in(unit(unitCode));
        }

        public StaffBuilder role(Role... roles) {
            this.roles.addAll(List.of(roles));
            return this;
        }

        public StaffBuilder named(String fullName) {
            this.fullName = fullName;
            return this;
        }

        public StaffBuilder email(String email) {
            this.email = email;
            return this;
        }

        /** The username starts with the prefix and ends with a unique part. */
        public StaffBuilder usernameStartingWith(String prefix) {
            this.prefix = prefix;
            return this;
        }

        /** The account must change its password at the next sign-in. */
        public StaffBuilder mustChangePassword() {
            this.mustChange = true;
            return this;
        }

        public Staff create() {
            String username = unique(prefix);
            long unit = unitId == null ? unit("ABINH") : unitId;
            String name = fullName == null ? "Cán bộ " + username : fullName;
            long person = people.create(new PersonData(name, "Công chức thử nghiệm", unit, email, null), false);
            long id = accounts.create(username, person, unit, roles.isEmpty() ? EnumSet.of(Role.OFFICER) : roles,
                    PASSWORD, mustChange);
            return new Staff(id, username, person, email);
        }
    }

    /** An officer of An Bình with {@link #PASSWORD}, who may sign in without changing it. */
    AccountView officer() {
        return account(false, EnumSet.of(Role.OFFICER));
    }

    AccountView account(boolean mustChange, Set<Role> roles) {
        StaffBuilder builder = staff().role(roles.toArray(Role[]::new));
        if (mustChange) {
            builder.mustChangePassword();
        }
        return repository.find(builder.create().accountId()).orElseThrow();
    }

    // ------------------------------------------------------------------ heads of units

    /** Gives the account the role of head of its unit, as the account screen would. */
    public void makeHead(long accountId) {
        AccountView a = repository.find(accountId).orElseThrow();
        Set<Role> roles = EnumSet.copyOf(a.roles());
        roles.add(Role.UNIT_HEAD);
        accounts.update(a.id(), a.version(), a.unitId(), roles, a.enabled());
    }

    /**
     * Runs the action while the unit has no head (the accounts of its heads lose the role, as on the
     * account screen; an account left with no role keeps OFFICER), then gives the role back, even when
     * the action fails. Returns the heads' account ids.
     */
    public List<Long> withoutHeads(long unitId, ThrowingRunnable action) throws Exception {
        List<Long> heads = organisation.headAccountsOf(unitId);
        Map<Long, Set<Role>> before = new LinkedHashMap<>();
        for (long head : heads) {
            AccountView a = repository.find(head).orElseThrow();
            before.put(head, a.roles());
            Set<Role> roles = EnumSet.copyOf(a.roles());
            roles.remove(Role.UNIT_HEAD);
            accounts.update(a.id(), a.version(), a.unitId(), roles.isEmpty() ? EnumSet.of(Role.OFFICER) : roles,
                    a.enabled());
        }
        try {
            action.run();
        } finally {
            before.forEach((head, roles) -> {
                AccountView a = repository.find(head).orElseThrow();
                accounts.update(a.id(), a.version(), a.unitId(), roles, a.enabled());
            });
        }
        return heads;
    }

    /** An action of a test that may throw anything. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    // ------------------------------------------------------------------ acting as an account

    /** Acts as the account as it is in the database now, for MockMvc requests. */
    RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(details.principal(account(username)));
    }

    /** Calls a service as the account, signed in for the call only (services read the current user). */
    public <T> T actingAs(String username, Supplier<T> call) {
        AccountPrincipal principal = details.principal(account(username));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A personal API token of the account, made as on its account page; the secret. */
    public String token(String username) {
        return tokens.create(accountId(username), unique("Thử nghiệm "), LocalDate.now(DanVanTime.ZONE).plusDays(30));
    }

    /** Locks the account at the address until then, as the sign-in does after the last failure allowed. */
    void lock(String username, String address, OffsetDateTime until) {
        int lastFailureAllowed = 1;
        locks.recordFailure(username, address, lastFailureAllowed, until, OffsetDateTime.now());
        repository.showLock(username, until);
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
