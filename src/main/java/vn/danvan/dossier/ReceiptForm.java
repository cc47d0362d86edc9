package vn.danvan.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the counter officer types when a dossier is received: the procedure and the applicant. The sizes
 * are the columns' (V25: applicant_name 200, applicant_phone 20, applicant_address 500).
 */
record ReceiptForm(
        @NotNull(message = "{dossier.error.procedureMissing}") Long procedureId,
        @NotBlank(message = "{dossier.error.applicantMissing}") @Size(max = 200) String applicantName,
        @Size(max = 20) @Pattern(regexp = "\\+?[0-9][0-9 .]{7,18}", message = "{dossier.error.phone}") String applicantPhone,
        @Size(max = 500) String applicantAddress) {

    static ReceiptForm empty() {
        return new ReceiptForm(null, null, null, null);
    }
}
