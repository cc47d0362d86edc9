package vn.danvan.organisation;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

import vn.danvan.shared.web.InvalidRequestException;

/** What a password must be: at least {@code danvan.security.min-password-length} characters, not the username. */
@Component
class PasswordPolicy {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789@#%";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int minLength;

    PasswordPolicy(SecurityProperties properties) {
        this.minLength = properties.minPasswordLength();
    }

    void check(String field, String username, String password) {
        if (password == null || password.length() < minLength) {
            throw InvalidRequestException.onField(field, "password.error.tooShort", minLength);
        }
        if (password.length() > 128) {
            throw InvalidRequestException.onField(field, "password.error.tooLong");
        }
        if (password.equalsIgnoreCase(username)) {
            throw InvalidRequestException.onField(field, "password.error.sameAsUsername");
        }
    }

    /** A temporary password for an admin reset, shown once. */
    String temporary() {
        var sb = new StringBuilder();
        for (int i = 0; i < Math.max(12, minLength); i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    int minLength() {
        return minLength;
    }
}
