package vn.danvan.organisation.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Sign-in rules: {@code danvan.security.*}. */
@ConfigurationProperties("danvan.security")
public record SecurityProperties(int maxFailedAttempts, int lockMinutes, int minPasswordLength, int signInsPerAddress,
        double minPasswordEntropy) {

    public SecurityProperties {
        maxFailedAttempts = maxFailedAttempts <= 0 ? 5 : maxFailedAttempts;
        lockMinutes = lockMinutes <= 0 ? 15 : lockMinutes;
        minPasswordLength = minPasswordLength <= 0 ? 10 : minPasswordLength;
        signInsPerAddress = signInsPerAddress <= 0 ? 30 : signInsPerAddress;
        minPasswordEntropy = minPasswordEntropy <= 0 ? 40 : minPasswordEntropy;
    }
}
