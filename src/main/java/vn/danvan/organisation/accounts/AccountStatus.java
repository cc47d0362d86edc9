package vn.danvan.organisation.accounts;

import java.time.OffsetDateTime;

/**
 * What an account can do right now, as the account screens show it. One status per account: a
 * disabled account cannot sign in whatever else is true, a locked one not until the lock ends, and
 * only an account that can sign in is asked to change its password.
 */
public enum AccountStatus {

    DISABLED("text-bg-secondary"),
    LOCKED("text-bg-danger"),
    MUST_CHANGE_PASSWORD("text-bg-warning"),
    ACTIVE("text-bg-success");

    private final String badge;

    AccountStatus(String badge) {
        this.badge = badge;
    }

    public static AccountStatus of(AccountView account, OffsetDateTime now) {
        if (!account.enabled()) {
            return DISABLED;
        }
        if (account.lockedAt(now)) {
            return LOCKED;
        }
        return account.mustChangePassword() ? MUST_CHANGE_PASSWORD : ACTIVE;
    }

    /** The label, {@code account.status.<NAME>}; LOCKED takes the end of the lock as its argument. */
    public String messageKey() {
        return "account.status." + name();
    }

    /** The Bootstrap badge class; the badge always carries the word too. */
    public String badge() {
        return badge;
    }
}
