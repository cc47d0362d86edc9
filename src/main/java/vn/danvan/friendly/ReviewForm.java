package vn.danvan.friendly;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Home Affairs' review of a submitted assessment, by criterion id: its own points where it disagrees
 * (blank agrees with the unit's) and a comment (column of V23, needed when the points differ); and the
 * version the page showed.
 */
record ReviewForm(
        Map<Long, BigDecimal> reviewedPoints,
        Map<Long, @Size(max = 2000, message = "{friendly.error.commentTooLong}") String> reviewComment,
        @NotNull Long version) {

    /** Nothing sent reads as empty (the page draws each criterion's fields from these). */
    ReviewForm {
        reviewedPoints = reviewedPoints == null ? Map.of() : reviewedPoints;
        reviewComment = reviewComment == null ? Map.of() : reviewComment;
    }
}
