package vn.danvan.supervision;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A unit's answer to one recommendation, one form per recommendation and unit on the request's page: which
 * recipient row and recommendation (hidden), accepted with what will be done and by when (dd/MM/yyyy) or
 * explained, and the version of the draft being changed (none for a first draft). The sizes are the
 * columns' (supervision_answer.action_text and explanation varchar(4000), V20).
 */
record AnswerForm(
        @NotNull Long recipientId,
        @NotNull Long recommendationId,
        AnswerOutcome outcome,
        @Size(max = 4000) String actionText,
        LocalDate actionDueDate,
        @Size(max = 4000) String explanation,
        Long version) {

    /** The form of a recommendation and unit, with the draft answer already kept if any. */
    static AnswerForm of(Views.Recommendation recommendation, Views.Recipient recipient, Views.Answer answer) {
        return answer == null
                ? new AnswerForm(recipient.id(), recommendation.id(), null, null, null, null, null)
                : new AnswerForm(recipient.id(), recommendation.id(), answer.outcome(), answer.actionText(),
                        answer.actionDueDate(), answer.explanation(), answer.version());
    }

    String key() {
        return recommendationId + "-" + recipientId;
    }
}
