package vn.danvan.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A household taking part with its code, on the portal or on a paper ballot entered by an officer: the code
 * as typed (10 characters, with a dash or spaces as printed; the column's 20 at most), the option chosen
 * (a matter residents decide) and the comment (V18 consultation_comment.body: 4000).
 */
record ParticipationForm(
        @NotBlank(message = "{consultation.error.codeRequired}") @Size(max = 20) String code,
        Long optionId,
        @Size(max = 4000, message = "{consultation.error.commentTooLong}") String comment) {

    static ParticipationForm empty() {
        return new ParticipationForm(null, null, null);
    }
}
