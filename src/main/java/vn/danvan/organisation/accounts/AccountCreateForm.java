package vn.danvan.organisation.accounts;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.danvan.organisation.Role;

/**
 * A new account as typed by an administrator. The unit may be left empty for the person's own
 * unit; the password is an initial one that the person must change at the first sign-in. The
 * username's column holds 100 characters (V2), but a username is 3-50 ({@link AccountAdministration});
 * a password is at most 128 ({@link PasswordPolicy}), the message being the policy's own.
 */
record AccountCreateForm(
        @NotBlank @Size(max = 50) String username,
        @NotNull Long personId,
        Long unitId,
        @NotEmpty(message = "{account.error.noRole}") Set<Role> roles,
        @NotBlank @Size(max = 128, message = "{password.error.tooLong}") String password) {

    static AccountCreateForm empty(Long personId) {
        return new AccountCreateForm(null, personId, null, Set.of(Role.OFFICER), null);
    }

    /** The roles ticked (an empty value sent by hand is no role). */
    Set<Role> chosenRoles() {
        return Roles.chosen(roles);
    }

    /** Usernames are lower case; sign-in lower-cases what is typed too. */
    String normalisedUsername() {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
