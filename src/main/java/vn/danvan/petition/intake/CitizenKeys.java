package vn.danvan.petition.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

import vn.danvan.shared.text.Secrets;

/**
 * The citizen key (mã bảo mật) of a petition: the second secret, besides its public tracking code, that
 * only the petitioner holds, such as {@code 7K3M-9QXD-2F8A}: 60 bits in Crockford's base32 (no I, L, O,
 * U, so it is read out over the phone without doubt). It is shown once (receipt page, receipt e-mail,
 * counter slip) and kept only as a SHA-256 hash; with it the petitioner reads a private answer, rates
 * it and asks to reopen it. A form sent twice (its submission key is the same) shows the same key: it
 * is derived from the submission key, which is itself kept only as a hash.
 */
public final class CitizenKeys {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CitizenKeys() {
    }

    /** The key of a petition sent by a form carrying {@code submissionKey}; random without one. */
    static String forSubmission(String submissionKey) {
        if (submissionKey == null) {
            byte[] bytes = new byte[8];
            RANDOM.nextBytes(bytes);
            return format(bytes);
        }
        return format(sha256Bytes("danvan citizen key\n" + submissionKey));
    }

    /** What is kept of a submission key, to recognise a form sent twice. */
    public static String submissionHash(String submissionKey) {
        return submissionKey == null ? null : Secrets.sha256("danvan submission\n" + submissionKey);
    }

    /** What is kept of a citizen key; a key typed with spaces, small letters, O for 0 or I/L for 1 hashes the same. */
    public static String hash(String key) {
        return Secrets.sha256(normalise(key));
    }

    /** The key as typed, read as the alphabet's twelve characters (empty when it cannot be one). */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
    }

    private static String format(byte[] bytes) {
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (bytes[i] & 0xFF);
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                key.append('-');
            }
            key.append(ALPHABET[(int) ((bits >>> (59 - 5 * i)) & 31)]);
        }
        return key.toString();
    }

    private static byte[] sha256Bytes(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
