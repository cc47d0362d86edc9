package vn.danvan.friendly;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.Size;

/**
 * What the unit's officers and head send from their assessment: the points and evidence of each
 * criterion by its id ({@code points[7]=18,5}, {@code evidence[7]=...}; evidence as long as its column,
 * V23), the year, the version the page showed (-1 for an assessment not started) and whether it is
 * saved or submitted. The rules are {@link ScoreRules#check}.
 */
record AssessmentForm(
        Integer year,
        Map<Long, BigDecimal> points,
        Map<Long, @Size(max = 4000, message = "{friendly.error.evidenceTooLong}") String> evidence,
        Long version,
        Action action) {

    /** The two buttons of the form. */
    enum Action {
        SAVE, SUBMIT
    }

    /** Nothing sent reads as empty (the page draws each criterion's fields from these). */
    AssessmentForm {
        points = points == null ? Map.of() : points;
        evidence = evidence == null ? Map.of() : evidence;
    }

    boolean submitting() {
        return action == Action.SUBMIT;
    }
}
