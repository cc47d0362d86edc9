package vn.danvan.organisation.security;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organisation.accounts.AccountRepository;

/**
 * Counts failed sign-ins per account and client address and locks the pair for a while after too many
 * (danvan.security.*): see {@link SignInLocks}. The account's own count and latest lock are kept for
 * the administrators' screen.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final AccountRepository accounts;
    private final SignInLocks locks;
    private final SecurityProperties properties;
    private final Clock clock;

    SignInAttempts(AccountRepository accounts, SignInLocks locks, SecurityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.locks = locks;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).strip().toLowerCase();
        if (accounts.findByUsername(username).isEmpty()) {
            return; // nothing to lock, and no row for every name an attacker tries
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String address = address(event.getAuthentication());
        locks.recordFailure(username, address, properties.maxFailedAttempts(),
                now.plusMinutes(properties.lockMinutes()), now);
        accounts.recordFailure(username, Integer.MAX_VALUE, null);
        locks.latestLock(username, now).ifPresent(until -> {
            accounts.showLock(username, until);
            if (locks.isLocked(username, address, now)) {
                log.warn("Account {} locked for {} minutes at one client address after {} failed sign-ins",
                        username, properties.lockMinutes(), properties.maxFailedAttempts());
            }
        });
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            String username = principal.getUsername();
            locks.clear(username, address(event.getAuthentication()));
            accounts.recordSuccess(username);
            locks.latestLock(username, OffsetDateTime.now(clock)).ifPresent(until -> accounts.showLock(username, until));
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }
}
