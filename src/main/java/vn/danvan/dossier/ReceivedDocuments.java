package vn.danvan.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.danvan.shared.text.TypedText;

/**
 * The documents received with a dossier (thành phần hồ sơ), as typed on the receipt form one a line:
 * "Tờ khai đăng ký khai sinh; bản chính; 1". Form and number may be left out: an original, one copy.
 */
record ReceivedDocuments(List<Line> lines) {

    static final String ORIGINAL = "bản chính";
    private static final Locale VI = Locale.forLanguageTag("vi");

    /** One document: its name, its form (bản chính, bản sao ...) and how many. */
    record Line(String name, String form, int count) {
    }

    static ReceivedDocuments parse(String typed) {
        List<Line> lines = new ArrayList<>();
        if (typed == null) {
            return new ReceivedDocuments(lines);
        }
        for (String raw : typed.split("\\R")) {
            if (raw.isBlank()) {
                continue;
            }
            String[] parts = raw.split(";", -1);
            String name = parts[0].strip();
            String form = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip().toLowerCase(VI)
                    : ORIGINAL;
            int count = parts.length > 2 && !parts[2].isBlank() ? Integer.parseInt(parts[2].strip()) : 1;
            lines.add(new Line(name, form, count));
        }
        return new ReceivedDocuments(List.copyOf(lines));
    }

    /** Kept as typed, one document a line, blank lines dropped. */
    static String normalised(String typed) {
        String text = TypedText.of(typed);
        return text == null ? null
                : String.join("\n", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
}
