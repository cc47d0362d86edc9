package vn.danvan.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.shared.text.TypedText;

/**
 * The Front's new-request form: dates typed dd/MM/yyyy, one box per recommendation (empty boxes ignored),
 * the units addressed, and the button pressed ({@code send} or {@code draft}). The sizes are the columns'
 * (supervision_request.title varchar(500), content varchar(10000), document_number varchar(60),
 * supervision_recommendation.content varchar(4000), V20).
 */
record RequestForm(
        @NotNull(message = "{supervision.error.kindRequired}") RequestKind kind,
        @NotBlank(message = "{supervision.error.titleRequired}") @Size(max = 500) String title,
        @NotBlank(message = "{supervision.error.contentRequired}") @Size(max = 10000) String content,
        @Size(max = 60) String documentNumber,
        LocalDate documentDate,
        LocalDate statedDueDate,
        @NotEmpty(message = "{supervision.error.unitsRequired}") List<Long> unitIds,
        List<@Size(max = 4000) String> recommendations,
        @Size(max = 10) String action) {

    static final int RECOMMENDATION_BOXES = 5;

    /** Always at least {@link #RECOMMENDATION_BOXES} boxes, so that the form offers them again (it never fails). */
    RequestForm {
        List<String> boxes = new ArrayList<>(recommendations == null ? List.of() : recommendations);
        while (boxes.size() < RECOMMENDATION_BOXES) {
            boxes.add(null);
        }
        recommendations = boxes;
    }

    static RequestForm empty() {
        return new RequestForm(RequestKind.CONCLUSION, null, null, null, null, null, List.of(), null, null);
    }

    /** The units chosen, each once. */
    List<Long> units() {
        return unitIds == null ? List.of() : unitIds.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** The recommendations typed, in order, blanks dropped. */
    List<String> typedRecommendations() {
        return recommendations.stream().map(TypedText::of).filter(Objects::nonNull).toList();
    }
}
