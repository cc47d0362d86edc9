package vn.danvan.organisation.accounts;

import java.time.OffsetDateTime;
import java.util.Set;
import vn.danvan.organisation.Role;

/** An account as the administration screens show it; never carries the password hash. */
public record AccountView(long id, String username, long personId, String personName, long unitId, String unitName,
        Set<Role> roles, boolean enabled, boolean mustChangePassword, int failedAttempts, OffsetDateTime lockedUntil,
        OffsetDateTime lastSignInAt, long version) {

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
