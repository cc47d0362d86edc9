package vn.danvan.organisation.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person changing their own password. The field names are those {@link AccountAdministration}
 * names when it refuses a change, so that its message lands next to the right field. No password
 * is longer than 128 characters ({@link PasswordPolicy}, whose message the new one keeps), so
 * neither is what is typed.
 */
record PasswordForm(
        @NotBlank @Size(max = 128) String currentPassword,
        @NotBlank @Size(max = 128, message = "{password.error.tooLong}") String newPassword,
        @NotBlank @Size(max = 128) String confirmation) {

    static PasswordForm empty() {
        return new PasswordForm(null, null, null);
    }
}
