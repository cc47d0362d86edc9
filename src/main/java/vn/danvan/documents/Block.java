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
