package vn.danvan.dialogue;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Recording a conference as held: the attendance count, the secretary who took the minutes and signs them
 * beside the chair (V32: secretary_name 200; may be left blank, the minutes then leave a line to write the
 * name on), and the version of the conference the page showed.
 */
record HoldForm(
        @NotNull(message = "{dialogue.error.attendanceRequired}")
        @Min(value = 0, message = "{dialogue.error.attendanceNegative}") Integer attendance,
        @Size(max = 200) String secretaryName,
        @NotNull Long version) {

    HoldForm(Integer attendance, Long version) {
        this(attendance, null, version);
    }
}
