package vn.danvan.supervision;

import java.util.ArrayList;
import java.util.List;

/** The Front's new-request form, as typed; dates as dd/MM/yyyy, empty recommendation boxes ignored. */
record RequestForm(RequestKind kind, String title, String content, String documentNumber, String documentDate,
        String statedDueDate, List<Long> unitIds, List<String> recommendations) {

    static final int RECOMMENDATION_BOXES = 5;

    RequestForm {
        unitIds = unitIds == null ? List.of() : unitIds.stream().filter(java.util.Objects::nonNull).toList();
        recommendations = recommendations == null ? List.of() : recommendations;
    }

    static RequestForm empty() {
        return new RequestForm(RequestKind.CONCLUSION, null, null, null, null, null, List.of(), List.of());
    }

    /** The typed recommendations padded with empty boxes, so the form always offers a few. */
    public List<String> boxes() {
        List<String> boxes = new ArrayList<>(recommendations);
        while (boxes.size() < RECOMMENDATION_BOXES) {
            boxes.add("");
        }
        return boxes;
    }

    /** The recommendations typed, in order, blanks dropped. */
    List<String> typedRecommendations() {
        return recommendations.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
    }
}
