package vn.danvan.organisation.security;

import java.util.OptionalLong;
import java.util.concurrent.Callable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.danvan.jobs.LongWorkActor;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.accounts.AccountRepository;
import vn.danvan.organisation.accounts.AccountView;

/**
 * The jobs module's view of accounts: who started a job, and running it signed in as that account, with
 * the roles and unit scope it has when the job runs (not when it was started), so that a job never sees
 * more than its owner could see now. A disabled or removed account runs nothing.
 */
@Component
class JobActor implements LongWorkActor {

    private final AccountRepository accounts;
    private final AccountDetailsService details;
    private final OrganisationScope scope;

    JobActor(AccountRepository accounts, AccountDetailsService details, OrganisationScope scope) {
        this.accounts = accounts;
        this.details = details;
        this.scope = scope;
    }

    @Override
    public OptionalLong currentAccountId() {
        return scope.currentUser().map(u -> OptionalLong.of(u.accountId())).orElseGet(OptionalLong::empty);
    }

    @Override
    public <T> T callAs(long accountId, Callable<T> work) throws Exception {
        AccountView account = accounts.find(accountId).filter(AccountView::enabled)
                .orElseThrow(() -> new AccessDeniedException("the job's account is gone or disabled"));
        AccountPrincipal principal = details.principal(account);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
