package vn.danvan.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The unit's answer to a resident's comment. */
record AnswerForm(
        @NotBlank(message = "{disclosure.comment.error.answerRequired}")
        @Size(max = 4000, message = "{disclosure.comment.error.answerTooLong}") String answer,
        Long version) {
}
