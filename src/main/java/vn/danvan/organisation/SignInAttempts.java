package vn.danvan.organisation;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins and locks an account for a while after too many (danvan.security.*). */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final AccountRepository accounts;
    private final SecurityProperties properties;
    private final Clock clock;

    SignInAttempts(AccountRepository accounts, SecurityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).strip().toLowerCase();
        OffsetDateTime until = OffsetDateTime.now(clock).plusMinutes(properties.lockMinutes());
        int count = accounts.recordFailure(username, properties.maxFailedAttempts(), until);
        if (count == 0 && accounts.findByUsername(username).map(a -> a.lockedUntil() != null).orElse(false)) {
            log.warn("Account {} locked for {} minutes after {} failed sign-ins", username, properties.lockMinutes(),
                    properties.maxFailedAttempts());
        }
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.recordSuccess(principal.getUsername());
        }
    }
}
