package vn.danvan.organisation;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account for sign-in and for API tokens. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountView a = accounts.findByUsername(username == null ? "" : username.strip().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return principal(a);
    }

    AccountPrincipal principal(AccountView a) {
        String hash = accounts.passwordHash(a.id()).orElseThrow();
        var user = new CurrentUser(a.id(), a.username(), a.personName(), a.personId(), a.unitId(), a.roles());
        return new AccountPrincipal(user, hash, a.enabled(), !a.lockedAt(OffsetDateTime.now(clock)),
                a.mustChangePassword());
    }
}
