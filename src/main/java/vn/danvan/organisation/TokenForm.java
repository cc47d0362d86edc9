package vn.danvan.organisation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import vn.danvan.shared.text.VietnameseText;

/** A new personal API token: a name that says what it is for, and the last day it works. */
record TokenForm(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}") String name,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate expiresOn) {

    /** The suggested life of a token; {@link ApiTokens} allows up to a year. */
    static final int DEFAULT_DAYS = 90;

    static TokenForm defaults(LocalDate today) {
        return new TokenForm(null, today.plusDays(DEFAULT_DAYS));
    }

    String cleanName() {
        return VietnameseText.clean(name);
    }
}
