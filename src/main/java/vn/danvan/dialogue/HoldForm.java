package vn.danvan.dialogue;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Recording a conference as held: the attendance count, and the version of the conference the page showed. */
record HoldForm(
        @NotNull(message = "{dialogue.error.attendanceRequired}")
        @Min(value = 0, message = "{dialogue.error.attendanceNegative}") Integer attendance,
        @NotNull Long version) {
}
