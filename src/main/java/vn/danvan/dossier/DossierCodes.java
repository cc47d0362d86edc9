package vn.danvan.dossier;

import org.springframework.stereotype.Component;

import vn.danvan.shared.text.PublicCodes;

/** Dossier codes (mã hồ sơ), such as {@code HS-7K3M9-QXD2F} ({@link PublicCodes}). */
@Component
class DossierCodes {

    private static final PublicCodes CODES = new PublicCodes("HS");

    String next() {
        return CODES.next();
    }

    /** The code as typed by a person ({@link PublicCodes#normalise}). */
    static String normalise(String typed) {
        return CODES.normalise(typed);
    }

    /** Whether a search box's text is a dossier code ({@link PublicCodes#isCode}), to be found by its index. */
    static boolean isCode(String typed) {
        return CODES.isCode(typed);
    }
}
