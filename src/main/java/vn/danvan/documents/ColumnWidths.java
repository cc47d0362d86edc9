package vn.danvan.documents;

import java.util.List;

import com.lowagie.text.pdf.BaseFont;

/**
 * The widths of a table's columns, the same in the Word file and the PDF, measured with the metrics of
 * the font both print in (Liberation Serif, metric-compatible with Times New Roman): each column is at
 * least as wide as its widest word (so that "STT" and a date "15/03/2026" never break inside), and the
 * room left over goes to the columns with the longest text, as a browser lays out an automatic table.
 * When even the widest words do not fit side by side, only the widest columns give way.
 */
final class ColumnWidths {

    /** A little room for rounding in either renderer. */
    static final float SLACK = 1.5f;

    private ColumnWidths() {
    }

    /** The columns' widths in points, adding up to {@code available}. */
    static float[] of(Block.Table t, float available) {
        int columns = t.header().size();
        float[] least = new float[columns];
        float[] natural = new float[columns];
        for (int c = 0; c < columns; c++) {
            least[c] = longestWord(t.header().get(c), true);
            natural[c] = width(t.header().get(c), true);
            for (List<String> row : t.rows()) {
                if (c < row.size() && row.get(c) != null) {
                    least[c] = Math.max(least[c], longestWord(row.get(c), false));
                    natural[c] = Math.max(natural[c], width(row.get(c), false));
                }
            }
            least[c] += 2 * Layout.CELL_PADDING + SLACK;
            natural[c] = Math.max(natural[c] + 2 * Layout.CELL_PADDING + SLACK, least[c]);
        }
        float leastSum = sum(least);
        float naturalSum = sum(natural);
        float[] widths = new float[columns];
        if (naturalSum <= available) {
            // everything fits on one line: share what is left in proportion to the text
            for (int c = 0; c < columns; c++) {
                widths[c] = natural[c] + (available - naturalSum) * natural[c] / naturalSum;
            }
        } else if (leastSum <= available) {
            float share = (available - leastSum) / (naturalSum - leastSum);
            for (int c = 0; c < columns; c++) {
                widths[c] = least[c] + (natural[c] - least[c]) * share;
            }
        } else {
            float level = capLevel(least, available);
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.min(least[c], level);
            }
        }
        return widths;
    }

    /** The width in points a text needs on one line in the table's font size. */
    static float width(String text, boolean bold) {
        return font(bold).getWidthPoint(Layout.printed(text), Layout.TABLE_SIZE);
    }

    /** The width of the widest part of the text between spaces (non-breaking spaces hold words together). */
    static float longestWord(String text, boolean bold) {
        float widest = 0;
        for (String word : Layout.nfc(text).split("[ \\t\\r\\n]+")) {
            widest = Math.max(widest, width(word, bold));
        }
        return widest;
    }

    /** The level L at which the columns capped at L add up to {@code available}. */
    private static float capLevel(float[] least, float available) {
        float low = 0;
        float high = 0;
        for (float w : least) {
            high = Math.max(high, w);
        }
        for (int i = 0; i < 40; i++) {
            float mid = (low + high) / 2;
            float total = 0;
            for (float w : least) {
                total += Math.min(w, mid);
            }
            if (total > available) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return low;
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }

    private static BaseFont font(boolean bold) {
        return bold ? PdfRenderer.Fonts.boldBase() : PdfRenderer.Fonts.regularBase();
    }
}
