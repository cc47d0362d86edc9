package vn.danvan.shared.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as a person typed it into a form, made fit to keep: control characters that no keyboard
 * types (NUL and the other C0/C1 codes, except tab and line breaks) removed, line breaks made
 * {@code \n}, composed (NFC) as Vietnamese is stored, outer spaces stripped, and blank made null so
 * that "required" rules see it as missing. Every form field passes through {@link #of(String)} when
 * it is bound (see {@code shared.web.FormBinding}); code that reads text elsewhere calls it too.
 */
public final class TypedText {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    private TypedText() {
    }

    /** The text fit to keep, or null when nothing but spaces (or nothing) was typed. */
    public static String of(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed;
        if (CONTROL.matcher(text).find()) {
            text = CONTROL.matcher(text).replaceAll("");
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    /** True when nothing but spaces (or nothing) was typed. */
    public static boolean isBlank(String typed) {
        return of(typed) == null;
    }
}
