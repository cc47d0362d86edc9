package vn.danvan.documents;

import java.util.List;

/** A piece of a document's body, printed in order. */
public sealed interface Block {

    /** A heading the caller numbers itself ("I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Công tác tuyên truyền"); level 1 to 3. */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level 1 to 3");
            }
        }
    }

    /** A justified paragraph with a first-line indent. */
    record Paragraph(String text) implements Block {
    }

    /** Items numbered "1.", "2." or marked with a dash "-", as Vietnamese documents do. */
    record Items(boolean numbered, List<String> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** A simple table: a bold header row and rows of text, with borders. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(r -> (List<String>) List.copyOf(r)).toList();
        }
    }

    /** A quoted line in italics, as the citation of a law or a person's words. */
    record Quote(String text) implements Block {
    }

    /**
     * The addressees of a công văn or a tờ trình (Kính gửi): one on a line "Kính gửi: Ủy ban nhân dân
     * huyện.", several under the label as "- ...;" lines, the last ending with a full stop.
     */
    record Addressees(List<String> addressees) implements Block {
        public static final String LABEL = "Kính gửi:";

        public Addressees {
            if (addressees == null || addressees.isEmpty()) {
                throw new IllegalArgumentException("at least one addressee");
            }
            addressees = List.copyOf(addressees);
        }

        /** The lines under the label when there are several addressees. */
        public List<String> lines() {
            List<String> lines = new java.util.ArrayList<>();
            for (int i = 0; i < addressees.size(); i++) {
                lines.add("- " + addressees.get(i) + (i == addressees.size() - 1 ? "." : ";"));
            }
            return lines;
        }
    }

    /**
     * A centred bold line inside the body: the authority that decides ("CHỦ TỊCH ỦY BAN NHÂN DÂN ...")
     * above the legal bases of a Quyết định, and "QUYẾT ĐỊNH:" below them.
     */
    record Centred(String text) implements Block {
    }

    /**
     * The legal bases of a decision (căn cứ ban hành), printed in italics, one basis a line; each line
     * ends with ";" and the last with "." as Decree 30/2020 shows them. Blank entries are dropped.
     */
    record Bases(List<String> bases) implements Block {
        public Bases {
            bases = bases.stream().filter(b -> b != null && !b.isBlank()).map(String::strip).toList();
            if (bases.isEmpty()) {
                throw new IllegalArgumentException("at least one basis");
            }
        }

        /** The printed lines, punctuated. */
        public List<String> lines() {
            List<String> lines = new java.util.ArrayList<>();
            for (int i = 0; i < bases.size(); i++) {
                String b = bases.get(i).replaceAll("[;.,]+$", "");
                lines.add(b + (i == bases.size() - 1 ? "." : ";"));
            }
            return lines;
        }
    }

    /**
     * An article of a decision: "Điều 1." in bold, then its text, as a justified paragraph ({@code label}
     * "Điều 1.", {@code text} what follows).
     */
    record Article(String label, String text) implements Block {

        private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("^(Điều\\s+\\d+\\.)\\s*(.*)$",
                java.util.regex.Pattern.DOTALL);

        /** "Điều 2. Kinh phí ..." split into its bold label and its text; a text without a label stays whole. */
        public static Article of(String text) {
            var m = LABEL.matcher(text.strip());
            return m.matches() ? new Article(m.group(1), m.group(2)) : new Article("", text.strip());
        }
    }

    /**
     * A QR code of {@code text} (an address to open on a phone), drawn as a picture {@code sizeMm} wide at
     * the right of the text width, with {@code caption} beside it on the left, one paragraph a line (may be
     * null); it stays on the page of what follows it.
     */
    record QrCode(String text, int sizeMm, String caption) implements Block {
        public QrCode {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("a QR code needs a text");
            }
            if (sizeMm < 15 || sizeMm > 60) {
                throw new IllegalArgumentException("QR code size 15 to 60 mm");
            }
        }
    }

    /**
     * The mark of a document not yet issued (Decree 30/2020: "DỰ THẢO" in a box at the top of the first
     * page), printed there whatever its place in the body; {@code text} "DỰ THẢO" or "DỰ THẢO LẦN 2".
     */
    record DraftMark(String text) implements Block {
        public static final String DRAFT = "DỰ THẢO";

        public DraftMark {
            text = text == null || text.isBlank() ? DRAFT : text.strip();
        }
    }

    /**
     * {@code text} that must not be broken across lines (a dossier code "HS-7K2M9QXT"): its hyphens become
     * non-breaking hyphens and its spaces non-breaking spaces, which both renderers keep on one line and
     * print as a plain hyphen and space.
     */
    static String unbroken(String text) {
        return text == null ? "" : text.replace('-', Layout.NO_BREAK_HYPHEN).replace(' ', '\u00A0');
    }

    static Addressees to(String... addressees) {
        return new Addressees(List.of(addressees));
    }

    static Heading heading(int level, String text) {
        return new Heading(level, text);
    }

    static Paragraph paragraph(String text) {
        return new Paragraph(text);
    }

    static Items numbered(String... items) {
        return new Items(true, List.of(items));
    }

    static Items bullets(String... items) {
        return new Items(false, List.of(items));
    }

    static Quote quote(String text) {
        return new Quote(text);
    }
}
