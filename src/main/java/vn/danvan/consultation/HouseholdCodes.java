package vn.danvan.consultation;

import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * One-time household codes (mã hộ gia đình): {@value #LENGTH} characters drawn by a secure random
 * generator from an alphabet without the look-alikes 0/O, 1/I/L, so that a code read from a slip is
 * typed right; about 49 bits each, too many to guess. Uniqueness across consultations is also
 * guarded by the database's unique constraint.
 */
final class HouseholdCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 10;

    private final RandomGenerator random;

    public HouseholdCodes() {
        this(new SecureRandom());
    }

    HouseholdCodes(RandomGenerator random) {
        this.random = random;
    }

    /** {@code count} distinct new codes. */
    public Set<String> generate(int count) {
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            codes.add(next());
        }
        return codes;
    }

    String next() {
        char[] c = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            c[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(c);
    }

    /** A code as typed (lower case, spaces or dashes) in its stored form. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** A code as printed on a slip, in two groups: ABCDE-FGHJK. */
    public static String display(String code) {
        return code.length() == LENGTH ? code.substring(0, 5) + "-" + code.substring(5) : code;
    }
}
