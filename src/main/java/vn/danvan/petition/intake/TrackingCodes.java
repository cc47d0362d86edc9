package vn.danvan.petition.intake;

import org.springframework.stereotype.Component;

import vn.danvan.shared.text.PublicCodes;

/** Tracking codes (mã tra cứu) of petitions, such as {@code PA-7K3M9-QXD2F} ({@link PublicCodes}). */
@Component
public class TrackingCodes {

    private static final PublicCodes CODES = new PublicCodes("PA");

    String next() {
        return CODES.next();
    }

    /** The code as typed by a person ({@link PublicCodes#normalise}). */
    public static String normalise(String typed) {
        return CODES.normalise(typed);
    }

    /** Whether a search box's text is a tracking code ({@link PublicCodes#isCode}), to be found by its index. */
    public static boolean isCode(String typed) {
        return CODES.isCode(typed);
    }
}
