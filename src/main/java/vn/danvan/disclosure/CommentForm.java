package vn.danvan.disclosure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A resident's comment on a disclosed content, as recorded by the unit (no name or contact of the resident). */
record CommentForm(
        @NotNull(message = "{disclosure.comment.error.receivedOnRequired}") LocalDate receivedOn,
        @NotBlank(message = "{disclosure.comment.error.contentRequired}")
        @Size(max = 4000, message = "{disclosure.comment.error.contentTooLong}") String content) {

    static CommentForm blank() {
        return new CommentForm(null, null);
    }
}
