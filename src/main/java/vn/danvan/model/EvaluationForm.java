package vn.danvan.model;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Home Affairs' evaluation: the points of each active criterion by its id ({@code scores[3]=25}), the
 * result (recognised or not), a comment, the reason when not recognised (columns of V21), the year of
 * recognition, and the entry's version the page showed. The rules are {@link ModelRules#score} and
 * {@link ModelRules#checkVerdict}.
 */
record EvaluationForm(
        Map<Long, Integer> scores,
        ModelStatus result,
        @Size(max = 4000) String comment,
        @Size(max = 4000) String reason,
        Integer recognitionYear,
        @NotNull Long version) {

    /** No score sent reads as none given (the page draws each criterion's field from the map). */
    EvaluationForm {
        scores = scores == null ? Map.of() : scores;
    }
}
