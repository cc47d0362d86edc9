package vn.danvan.organisation;

import vn.danvan.organisation.accounts.AccountRepository;
import vn.danvan.organisation.security.AccountDetailsService;
import vn.danvan.organisation.security.AccountPrincipal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Lets a {@link DemoStep} write through its module's services as a demo account would on the screens (the
 * services check the signed-in person's role and scope, and record them as the actor), so that demo data
 * obeys the rules real data does. Works only while the {@link DemoLoader} runs the steps, on its thread:
 * at any other time it refuses, so it signs nobody in for a request.
 */
@Component
public class DemoActors {

    private static final ThreadLocal<Boolean> LOADING = ThreadLocal.withInitial(() -> false);

    private final AccountRepository accounts;
    private final AccountDetailsService details;

    DemoActors(AccountRepository accounts, AccountDetailsService details) {
        this.accounts = accounts;
        this.details = details;
    }

    /** Runs the work signed in as the demo account (e.g. "noivu", "vhtt"), then restores who was signed in. */
    public void as(String username, Runnable work) {
        if (!LOADING.get()) {
            throw new IllegalStateException("Demo accounts act only while the demo data loads");
        }
        AccountPrincipal principal = details.principal(accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("No demo account " + username)));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Runs the demo steps: while they run, and on this thread only, demo accounts may act. */
    static void loading(Runnable steps) {
        LOADING.set(true);
        try {
            steps.run();
        } finally {
            LOADING.remove();
        }
    }
}
