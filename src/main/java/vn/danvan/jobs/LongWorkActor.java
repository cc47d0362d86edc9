package vn.danvan.jobs;

import java.util.OptionalLong;
import java.util.concurrent.Callable;

/**
 * Who is signed in, and acting as a job's owner while it runs; supplied by the module that owns the accounts
 * ({@code organisation}), so that the jobs module needs none.
 */
public interface LongWorkActor {

    /** The signed-in account of the current request, if any. */
    OptionalLong currentAccountId();

    /**
     * Runs the work signed in as the account, with its roles and unit scope as they are now; an account that
     * no longer exists or is disabled is refused ({@link org.springframework.security.access.AccessDeniedException}).
     */
    <T> T callAs(long accountId, Callable<T> work) throws Exception;
}
