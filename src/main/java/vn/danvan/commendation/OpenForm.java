package vn.danvan.commendation;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.organisation.UnitKind;

/**
 * What Home Affairs types to open a round: the year, the titles (one a line) for collectives and for
 * individuals, the kinds of units ranked and the number of places. The sizes are the columns' (V24).
 */
record OpenForm(
        @NotNull(message = "{commendation.error.year}") @Min(value = 2000, message = "{commendation.error.year}")
        @Max(value = 2100, message = "{commendation.error.year}") Integer year,
        @NotBlank(message = "{commendation.error.titles}") @Size(max = 4000) String collectiveTitles,
        @NotBlank(message = "{commendation.error.titles}") @Size(max = 4000) String individualTitles,
        @NotEmpty(message = "{commendation.error.kinds}") Set<UnitKind> unitKinds,
        @NotNull(message = "{commendation.error.places}") @Min(value = 1, message = "{commendation.error.places}")
        @Max(value = 200, message = "{commendation.error.places}") Integer places) {
}
