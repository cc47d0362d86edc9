package vn.danvan.dossier;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Dossier codes (mã hồ sơ) such as {@code HS-7K3M9-QXD2F}: 50 random bits in Crockford's base32 (no I, L,
 * O, U), so that no code can be guessed from another and none is misread over the phone.
 */
@Component
class DossierCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private final SecureRandom random = new SecureRandom();

    String next() {
        var sb = new StringBuilder("HS-");
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
        String s = typed.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        if (s.startsWith("HS")) {
            s = s.substring(2);
        }
        s = s.replace("-", "").replace('O', '0').replace('I', '1').replace('L', '1');
        if (s.length() != 10) {
            return s;
        }
        return "HS-" + s.substring(0, 5) + "-" + s.substring(5);
    }
}
