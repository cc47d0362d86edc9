package vn.danvan.supervision;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The Front's mark of a sent answer, one form per answer: the mark, a comment (supervision_answer.mark_comment
 * varchar(2000), V20), a new due date (dd/MM/yyyy) when not satisfactory, and the version the page showed.
 */
record MarkForm(
        AnswerMark mark,
        @Size(max = 2000) String comment,
        LocalDate newDueDate,
        @NotNull Long version) {

    static MarkForm of(Views.Answer answer) {
        return new MarkForm(answer.mark(), answer.markComment(), null, answer.version());
    }
}
