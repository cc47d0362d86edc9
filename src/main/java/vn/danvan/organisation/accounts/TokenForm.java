package vn.danvan.organisation.accounts;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.shared.text.VietnameseText;

/**
 * A new personal API token: a name that says what it is for (column {@code api_token.name}, V2), and
 * the last day it works, typed dd/MM/yyyy.
 */
record TokenForm(
        @NotBlank @Size(max = 100) String name,
        @NotNull LocalDate expiresOn) {

    /** The suggested life of a token; {@link ApiTokens} allows up to a year. */
    static final int DEFAULT_DAYS = 90;

    static TokenForm defaults(LocalDate today) {
        return new TokenForm(null, today.plusDays(DEFAULT_DAYS));
    }

    String cleanName() {
        return VietnameseText.clean(name);
    }
}
