package vn.danvan.shared.text;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Codes a citizen keeps to look a record up, such as {@code PA-7K3M9-QXD2F}: a prefix and 50 random bits in
 * Crockford's base32 (no I, L, O, U), so that no code can be guessed from another and none is misread over the
 * phone. Petitions and one-stop dossiers use them with their own prefix.
 */
public final class PublicCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 10;

    private final String prefix;
    private final SecureRandom random = new SecureRandom();

    /** Codes that start with {@code prefix} and a dash, e.g. "PA". */
    public PublicCodes(String prefix) {
        this.prefix = prefix;
    }

    public String next() {
        var sb = new StringBuilder(prefix).append('-');
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                sb.append('-');
            }
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    /**
     * The code as typed by a person: upper case, spaces and dashes ignored, the prefix optional, O read as 0 and
     * I/L as 1. Text that is not ten code characters comes back upper-cased without spaces (no code matches it).
     */
    public String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String s = typed.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        String body = (s.startsWith(prefix) ? s.substring(prefix.length()) : s).replace("-", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (body.length() != LENGTH) {
            return s;
        }
        return prefix + "-" + body.substring(0, LENGTH / 2) + "-" + body.substring(LENGTH / 2);
    }

    /**
     * Whether what a person typed in a search box is one of these codes rather than words: ten code characters
     * once normalised, typed with the prefix or with a dash (so that a ten-character word, a phone number or a
     * reference with digits, is still searched as a word).
     */
    public boolean isCode(String typed) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        String code = normalise(typed);
        if (code.length() != prefix.length() + LENGTH + 2 || !code.startsWith(prefix + "-")) {
            return false;
        }
        for (char c : code.substring(prefix.length() + 1).replace("-", "").toCharArray()) {
            if (java.util.Arrays.binarySearch(ALPHABET, c) < 0) {
                return false;
            }
        }
        String t = typed.strip().toUpperCase(Locale.ROOT);
        return t.startsWith(prefix) || t.contains("-");
    }
}
