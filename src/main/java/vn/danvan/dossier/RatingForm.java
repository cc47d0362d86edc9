package vn.danvan.dossier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The citizen's rating of a returned dossier on the portal: the dossier's code (hidden, as the lookup found
 * it; dossier.code is 40) and the rating from 1 to 5.
 */
record RatingForm(
        @NotBlank @Size(max = 40) String code,
        @NotNull(message = "{dossier.error.rating}") @Min(value = 1, message = "{dossier.error.rating}")
        @Max(value = 5, message = "{dossier.error.rating}") Integer rating) {
}
