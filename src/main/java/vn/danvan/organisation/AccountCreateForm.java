package vn.danvan.organisation;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new account as typed by an administrator. The unit may be left empty for the person's own
 * unit; the password is an initial one that the person must change at the first sign-in.
 */
record AccountCreateForm(
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size.max}")
        String username,
        @NotNull(message = "{validation.required}") Long personId,
        Long unitId,
        @NotEmpty(message = "{account.error.noRole}") Set<Role> roles,
        @NotBlank(message = "{validation.required}") String password) {

    AccountCreateForm {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    static AccountCreateForm empty(Long personId) {
        return new AccountCreateForm(null, personId, null, Set.of(Role.OFFICER), null);
    }

    /** Usernames are lower case; sign-in lower-cases what is typed too. */
    String normalisedUsername() {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
