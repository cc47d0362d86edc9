package vn.danvan.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * The "Nơi nhận:" list at the bottom left: each recipient on a line "- ...;" and last the file copy
 * "- Lưu: VT, NV." (the records office and the drafting unit).
 */
public record Recipients(List<String> to, String filedAt) {

    public static final String LABEL = "Nơi nhận:";

    public Recipients {
        to = to == null ? List.of() : List.copyOf(to);
    }

    /** The printed lines after the label. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String recipient : to) {
            lines.add("- " + recipient + ";");
        }
        lines.add("- Lưu: " + (filedAt == null || filedAt.isBlank() ? "VT" : filedAt) + ".");
        return lines;
    }
}
