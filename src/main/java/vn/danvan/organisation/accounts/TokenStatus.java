package vn.danvan.organisation.accounts;

import java.time.OffsetDateTime;

/** Whether a personal API token still opens the API, as its owner's token list shows it. */
public enum TokenStatus {

    ACTIVE("text-bg-success"),
    EXPIRED("text-bg-secondary"),
    REVOKED("text-bg-danger");

    private final String badge;

    TokenStatus(String badge) {
        this.badge = badge;
    }

    public static TokenStatus of(ApiTokenView token, OffsetDateTime now) {
        if (token.revokedAt() != null) {
            return REVOKED;
        }
        return token.activeAt(now) ? ACTIVE : EXPIRED;
    }

    public String messageKey() {
        return "token.status." + name();
    }

    /** The Bootstrap badge class; the badge always carries the word too. */
    public String badge() {
        return badge;
    }
}
