package vn.danvan.organisation;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** What an administrator may change on an account: its unit, its roles, whether it may sign in. */
record AccountEditForm(
        @NotNull(message = "{validation.required}") Long unitId,
        @NotEmpty(message = "{account.error.noRole}") Set<Role> roles,
        Boolean enabled,
        long version) {

    /** An unticked box sends nothing: disabled. */
    AccountEditForm {
        enabled = Boolean.TRUE.equals(enabled);
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    static AccountEditForm of(AccountView a) {
        return new AccountEditForm(a.unitId(), a.roles(), a.enabled(), a.version());
    }
}
