package vn.danvan.organisation.accounts;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import vn.danvan.organisation.Role;

/**
 * What an administrator may change on an account: its unit, its roles, whether it may sign in. An
 * unticked box sends nothing: disabled.
 */
record AccountEditForm(
        @NotNull Long unitId,
        @NotEmpty(message = "{account.error.noRole}") Set<Role> roles,
        Boolean enabled,
        Long version) {

    static AccountEditForm of(AccountView a) {
        return new AccountEditForm(a.unitId(), a.roles(), a.enabled(), a.version());
    }

    /** The roles ticked (an empty value sent by hand is no role). */
    Set<Role> chosenRoles() {
        return Roles.chosen(roles);
    }

    boolean maySignIn() {
        return Boolean.TRUE.equals(enabled);
    }
}
