package vn.danvan.friendly;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One answer to the satisfaction survey as a citizen gives it on the portal: the unit, a rating from 1
 * to 5 for each of {@link FriendlySurvey#QUESTIONS} (in that order) and an optional comment (column of
 * V23). Nothing else: no name, no contact.
 */
record SurveyForm(
        @NotNull(message = "{friendly.survey.error.unit}") Long unitId,
        @NotNull(message = "{friendly.survey.error.rating}") @Min(value = 1, message = "{friendly.survey.error.rating}")
        @Max(value = 5, message = "{friendly.survey.error.rating}") Integer attitude,
        @NotNull(message = "{friendly.survey.error.rating}") @Min(value = 1, message = "{friendly.survey.error.rating}")
        @Max(value = 5, message = "{friendly.survey.error.rating}") Integer waiting,
        @NotNull(message = "{friendly.survey.error.rating}") @Min(value = 1, message = "{friendly.survey.error.rating}")
        @Max(value = 5, message = "{friendly.survey.error.rating}") Integer guidance,
        @NotNull(message = "{friendly.survey.error.rating}") @Min(value = 1, message = "{friendly.survey.error.rating}")
        @Max(value = 5, message = "{friendly.survey.error.rating}") Integer facilities,
        @NotNull(message = "{friendly.survey.error.rating}") @Min(value = 1, message = "{friendly.survey.error.rating}")
        @Max(value = 5, message = "{friendly.survey.error.rating}") Integer overall,
        @Size(max = FriendlySurvey.COMMENT_MAX, message = "{friendly.survey.error.comment}") String comment) {

    static SurveyForm of(Long unitId) {
        return new SurveyForm(unitId, null, null, null, null, null, null);
    }

    /** The ratings in the order of {@link FriendlySurvey#QUESTIONS}. */
    java.util.List<Integer> ratings() {
        return java.util.Arrays.asList(attitude, waiting, guidance, facilities, overall);
    }
}
