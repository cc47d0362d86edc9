package vn.danvan.petition.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The petitioner's forms on the public lookup: each carries the tracking code and the citizen key. */
final class CitizenForms {

    private CitizenForms() {
    }

    /** "I sent this petition": the citizen key, to read the answer written to them and act on it. */
    record OwnerForm(@NotBlank @Size(max = 40) String code,
            @NotBlank(message = "{petition.error.citizenKeyRequired}") @Size(max = 40) String key) {
    }

    /** The rating of the answer, once, 1 to 5, with an optional comment. */
    record RateForm(@NotBlank @Size(max = 40) String code,
            @NotBlank(message = "{petition.error.citizenKeyRequired}") @Size(max = 40) String key,
            @NotNull(message = "{petition.error.rating}") @Min(value = 1, message = "{petition.error.rating}")
            @Max(value = 5, message = "{petition.error.rating}") Integer rating,
            @Size(max = 1000) String comment) {
    }

    /** The request to reopen the answer, once, within 30 days; the reason is for the officers only. */
    record ReopenForm(@NotBlank @Size(max = 40) String code,
            @NotBlank(message = "{petition.error.citizenKeyRequired}") @Size(max = 40) String key,
            @NotBlank(message = "{petition.error.noteRequired}") @Size(max = 2000) String reason) {
    }
}
