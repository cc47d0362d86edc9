package vn.danvan.consultation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A written report of the People's Inspection Board as the officer types it: its date, who signed it, what
 * the Board found and recommends (V26: signed_by 200, finding 4000, recommendation 2000).
 */
record FindingForm(
        @NotNull(message = "{consultation.finding.error.dateRequired}") LocalDate foundOn,
        @NotBlank(message = "{consultation.finding.error.signerRequired}")
        @Size(max = BoardFindings.SIGNER_MAX, message = "{consultation.finding.error.tooLong}") String signedBy,
        @NotBlank(message = "{consultation.finding.error.findingRequired}")
        @Size(max = BoardFindings.FINDING_MAX, message = "{consultation.finding.error.tooLong}") String finding,
        @Size(max = BoardFindings.RECOMMENDATION_MAX, message = "{consultation.finding.error.tooLong}")
        String recommendation) {

    static FindingForm empty() {
        return new FindingForm(null, null, null, null);
    }
}
