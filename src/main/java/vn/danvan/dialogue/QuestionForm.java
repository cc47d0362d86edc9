package vn.danvan.dialogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A question raised at a held conference: who asked (optional, private), the question, and either the
 * answer given on the spot or {@code toPetition} (the button that turns it into a petition). The sizes
 * are the columns' (V15 dialogue_question).
 */
record QuestionForm(
        @Size(max = 200) String askerName,
        @Size(max = 500) String askerAddress,
        @NotBlank(message = "{dialogue.error.questionRequired}") @Size(max = 4000) String question,
        @Size(max = 4000) String answer,
        Boolean toPetition) {

    static QuestionForm empty() {
        return new QuestionForm(null, null, null, null, null);
    }

    boolean petition() {
        return Boolean.TRUE.equals(toPetition);
    }
}
