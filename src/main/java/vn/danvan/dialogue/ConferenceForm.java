package vn.danvan.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The scheduling form: the chair chosen among the people of the host unit and its parent unit
 * ({@code chairPersonId}), or typed ({@code chairName}) only when there is nobody to choose; the start
 * typed as a date (dd/MM/yyyy) and a time. The sizes are the columns' (V15: chair_name 200, place 500,
 * topic 1000, audience 1000).
 *
 * <p>The time names its own pattern, HH:mm with 8:30 read too: Spring's default reading of a time follows
 * the visitor's language (strictly HH:mm in Vietnamese, h:mm AM in English), which would refuse 8:30, or
 * 14:30 for an English page.
 */
record ConferenceForm(
        ConferenceKind kind,
        Long chairPersonId,
        @Size(max = 200) String chairName,
        @NotNull(message = "{dialogue.error.startsAtRequired}") LocalDate startsDate,
        @NotNull(message = "{dialogue.error.timeRequired}")
        @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "H:mm") LocalTime startsTime,
        @NotBlank(message = "{dialogue.error.placeRequired}") @Size(max = 500) String place,
        @NotBlank(message = "{dialogue.error.topicRequired}") @Size(max = 1000) String topic,
        @Size(max = 1000) String audience) {

    /** A new conference, its chair chosen in advance (the unit's head, who chairs most of them). */
    static ConferenceForm chairedBy(Long chairPersonId) {
        return new ConferenceForm(ConferenceKind.DIALOGUE, chairPersonId, null, null, null, null, null, null);
    }
}
