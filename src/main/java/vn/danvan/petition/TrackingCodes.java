package vn.danvan.petition;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Tracking codes (mã tra cứu) such as {@code PA-7K3M9-QXD2F}: 50 random bits in Crockford's base32
 * (no I, L, O, U), so that no code can be guessed from another and none is misread over the phone.
 */
@Component
class TrackingCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private final SecureRandom random = new SecureRandom();

    String next() {
        var sb = new StringBuilder("PA-");
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                sb.append('-');
            }
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    /** The code as typed by a person: upper case, spaces removed, O read as 0 and I/L as 1. */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String s = typed.strip().toUpperCase().replace(" ", "").replace('O', '0').replace('I', '1').replace('L', '1');
        if (s.startsWith("PA") && !s.startsWith("PA-")) {
            s = "PA-" + s.substring(2);
        }
        if (s.length() == 13 && s.charAt(8) != '-') {
            s = s.substring(0, 8) + "-" + s.substring(8);
        }
        return s;
    }
}
