package vn.danvan.organisation.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;

import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.organisation.security.SecurityProperties;

/**
 * What a password must be: at least {@code danvan.security.min-password-length} characters and hard
 * to guess, as nbvcxz (a port of zxcvbn) estimates it: at least
 * {@code danvan.security.min-password-entropy} bits once it has tried the usual passwords, English
 * words and names, the words and passwords common in Viet Nam ({@code security/common-passwords-vi.txt}),
 * sequences (1234567890), repeats (aaaaaaaaaa), dates, keyboard walks, and the account's own username
 * and its parts (anbinh.canbo2025).
 */
@Component
public class PasswordPolicy {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789@#%";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LENGTH = 128;
    /** The dictionaries every password is tried against: nbvcxz's own and the Vietnamese one. */
    private static final List<Dictionary> DICTIONARIES = dictionaries();

    private final int minLength;
    private final double minEntropy;

    public PasswordPolicy(SecurityProperties properties) {
        this.minLength = properties.minPasswordLength();
        this.minEntropy = properties.minPasswordEntropy();
    }

    public void check(String field, String username, String password) {
        if (password == null || password.length() < minLength) {
            throw InvalidRequestException.onField(field, "password.error.tooShort", minLength);
        }
        if (password.length() > MAX_LENGTH) {
            throw InvalidRequestException.onField(field, "password.error.tooLong");
        }
        if (password.equalsIgnoreCase(username)) {
            throw InvalidRequestException.onField(field, "password.error.sameAsUsername");
        }
        if (entropy(username, password) < minEntropy) {
            throw InvalidRequestException.onField(field, "password.error.weak");
        }
    }

    /** The estimated bits of the password for this account (its username and its parts count as known words). */
    public double entropy(String username, String password) {
        List<Dictionary> dictionaries = new ArrayList<>(DICTIONARIES);
        if (username != null && !username.isBlank()) {
            DictionaryBuilder own = new DictionaryBuilder().setDictionaryName("account").setExclusion(true);
            String plain = VietnameseText.searchKey(username);
            own.addWord(plain, 0);
            for (String part : plain.split("[^a-z0-9]+")) {
                if (part.length() > 1) {
                    own.addWord(part, 0);
                }
            }
            dictionaries.add(own.createDictionary());
        }
        var configuration = new ConfigurationBuilder().setDictionaries(dictionaries).setMinimumEntropy(minEntropy)
                .setLocale(Locale.ENGLISH).createConfiguration();
        return new Nbvcxz(configuration).estimate(password).getEntropy();
    }

    /**
     * A temporary password for an admin reset, shown once: random characters, drawn again in the rare case the
     * estimator finds patterns in them that leave less than {@link #TEMPORARY_ENTROPY} bits (seen: 53 bits).
     */
    public String temporary() {
        String candidate = randomCharacters();
        for (int attempt = 1; attempt < 20 && entropy(null, candidate) < TEMPORARY_ENTROPY; attempt++) {
            candidate = randomCharacters();
        }
        return candidate;
    }

    /** The strength a temporary password has at least (bits, as {@link #entropy} estimates them). */
    static final double TEMPORARY_ENTROPY = 64;

    private String randomCharacters() {
        var sb = new StringBuilder();
        for (int i = 0; i < Math.max(14, minLength); i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    int minLength() {
        return minLength;
    }

    private static List<Dictionary> dictionaries() {
        List<Dictionary> all = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        DictionaryBuilder vietnamese = new DictionaryBuilder().setDictionaryName("vietnamese").setExclusion(false);
        var file = new ClassPathResource("security/common-passwords-vi.txt");
        try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            int rank = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    vietnamese.addWord(word, rank++);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.add(vietnamese.createDictionary());
        return List.copyOf(all);
    }
}
