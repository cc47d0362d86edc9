package vn.danvan.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text as DanVan stores it (NFC) and as it searches it (no accents, lower case). */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** NFC form with trimmed and collapsed spaces; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** Accent- and case-insensitive key: "Đất đai An Bình" becomes "dat dai an binh". */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** True when every word of the query occurs in the text, ignoring accents and case. */
    public static boolean matches(String text, String query) {
        String key = searchKey(text);
        for (String word : searchKey(query).split(" ")) {
            if (!word.isEmpty() && !key.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
