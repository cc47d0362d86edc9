package vn.danvan.dialogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A line of the attendee list: the person's name and, optionally, address (V15: 200 and 500). */
record AttendeeForm(
        @NotBlank(message = "{dialogue.error.attendeeNameRequired}")
        @Size(max = Attendees.NAME_MAX, message = "{dialogue.error.attendeeNameTooLong}") String fullName,
        @Size(max = Attendees.ADDRESS_MAX, message = "{dialogue.error.attendeeAddressTooLong}") String address) {
}
