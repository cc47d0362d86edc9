package vn.danvan.organisation;

import jakarta.validation.constraints.NotBlank;

/**
 * A person changing their own password. The field names are those {@link AccountAdministration}
 * names when it refuses a change, so that its message lands next to the right field.
 */
record PasswordForm(
        @NotBlank(message = "{validation.required}") String currentPassword,
        @NotBlank(message = "{validation.required}") String newPassword,
        @NotBlank(message = "{validation.required}") String confirmation) {

    static PasswordForm empty() {
        return new PasswordForm(null, null, null);
    }
}
