package vn.danvan.documents;

import java.text.Normalizer;
import java.util.Locale;

/** The measures of Decree 30/2020/NĐ-CP, Appendix I, that both renderers share. */
final class Layout {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    static final int MARGIN_TOP_MM = 20;
    static final int MARGIN_BOTTOM_MM = 20;
    static final int MARGIN_LEFT_MM = 30;
    static final int MARGIN_RIGHT_MM = 15;
    static final int FIRST_LINE_INDENT_MM = 10;
    /** "Kính gửi:" over several addressees starts about a third into the line. */
    static final int ADDRESSEES_INDENT_MM = 45;

    /** Font sizes in points. */
    static final int HEADER_SIZE = 12;
    static final int NATION_SIZE = 12;
    static final int MOTTO_SIZE = 13;
    static final int NUMBER_SIZE = 13;
    static final int LETTER_SUMMARY_SIZE = 12;
    static final int TYPE_SIZE = 14;
    static final int BODY_SIZE = 14;
    static final int TABLE_SIZE = 12;
    static final int SIGNATURE_SIZE = 14;
    static final int RECIPIENTS_LABEL_SIZE = 12;
    static final int RECIPIENTS_SIZE = 11;
    static final double LINE_SPACING = 1.15;
    /** Space after a body paragraph, in points (Decree 30/2020: at least 6 pt). */
    static final int PARAGRAPH_SPACING = 6;
    /** Twips in a point. */
    static final int POINT = 20;
    static final int SIGNATURE_ROOM_LINES = 4;
    /** Room left and right of the text in a table cell, in points (both renderers). */
    static final float CELL_PADDING = 4f;
    /** Marks a hyphen that must not end a line ({@link Block#unbroken}); printed as "-". */
    static final char NO_BREAK_HYPHEN = '\u2011';
    static final char NO_BREAK_SPACE = '\u00A0';

    /** The issuing body's column of the header; the motto takes the rest. */
    static final float LEFT_COLUMN_SHARE = 0.38f;
    static final float RECIPIENTS_SHARE = 0.45f;
    /** Lines under the issuing body and the summary: a third to a half of the text above them. */
    static final float ISSUER_LINE_SHARE = 0.35f;
    static final float SUMMARY_LINE_SHARE = 0.2f;

    private Layout() {
    }

    static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    static float points(double mm) {
        return (float) (mm * 72 / 25.4);
    }

    /** Vietnamese in composed form, so that each letter is one glyph of the font. */
    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The text as printed: composed, non-breaking marks back to a plain hyphen and space. */
    static String printed(String text) {
        return nfc(text).replace(NO_BREAK_HYPHEN, '-').replace(NO_BREAK_SPACE, ' ');
    }

    static double twipsToPoints(int twips) {
        return twips / (double) POINT;
    }
}
