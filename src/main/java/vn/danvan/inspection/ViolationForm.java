package vn.danvan.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A violation found on an inspection: the official, the rule broken, the evidence and the measure proposed
 * (inspection_violation.rule_broken varchar(2000), evidence varchar(4000), V19).
 */
record ViolationForm(
        @NotNull(message = "{inspection.error.officialRequired}") Long officialId,
        @NotBlank(message = "{inspection.error.ruleRequired}") @Size(max = 2000) String ruleBroken,
        @NotBlank(message = "{inspection.error.evidenceRequired}") @Size(max = 4000) String evidence,
        @NotNull(message = "{inspection.error.measureRequired}") Measure measureProposed) {

    static ViolationForm empty() {
        return new ViolationForm(null, null, null, null);
    }
}
