package vn.danvan.organisation.security;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.accounts.AccountRepository;
import vn.danvan.organisation.accounts.AccountView;

/** Loads an account for sign-in and for API tokens. */
@Service
public class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final SignInLocks locks;
    private final Clock clock;

    AccountDetailsService(AccountRepository accounts, SignInLocks locks, Clock clock) {
        this.accounts = accounts;
        this.locks = locks;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountView a = accounts.findByUsername(username == null ? "" : username.strip().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return principal(a);
    }

    public AccountPrincipal principal(AccountView a) {
        String hash = accounts.passwordHash(a.id()).orElseThrow();
        var user = new CurrentUser(a.id(), a.username(), a.personName(), a.personId(), a.unitId(), a.roles());
        boolean locked = locks.isLocked(a.username(), clientAddress(), OffsetDateTime.now(clock));
        return new AccountPrincipal(user, hash, a.enabled(), !locked, a.mustChangePassword());
    }

    /** The address of the request being served (behind a trusted proxy, the client's), if any. */
    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
