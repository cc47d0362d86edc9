package vn.danvan.organisation.accounts;

import java.time.OffsetDateTime;

/** A personal API token as its owner sees it; the secret itself is shown only once, at creation. */
public record ApiTokenView(long id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
        OffsetDateTime revokedAt, OffsetDateTime lastUsedAt) {

    public boolean activeAt(OffsetDateTime now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
