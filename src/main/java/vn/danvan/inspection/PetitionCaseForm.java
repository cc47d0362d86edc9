package vn.danvan.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A case opened from a petition about an official's conduct: the petition's code (petition_code
 * varchar(50)) and what {@link ViolationForm} asks.
 */
record PetitionCaseForm(
        @NotBlank(message = "{inspection.error.petitionRequired}") @Size(max = 50) String petitionCode,
        @NotNull(message = "{inspection.error.officialRequired}") Long officialId,
        @NotBlank(message = "{inspection.error.ruleRequired}") @Size(max = 2000) String ruleBroken,
        @NotBlank(message = "{inspection.error.evidenceRequired}") @Size(max = 4000) String evidence,
        @NotNull(message = "{inspection.error.measureRequired}") Measure measureProposed) {

    static PetitionCaseForm of(String petitionCode) {
        return new PetitionCaseForm(petitionCode, null, null, null, null);
    }
}
