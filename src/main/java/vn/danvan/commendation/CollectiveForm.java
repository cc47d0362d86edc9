package vn.danvan.commendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A unit of the ranking put on the list: the unit, one of the round's titles for collectives, a note
 * (why, when not in ranking order) and the round's version the page showed. Sizes as the columns (V24).
 */
record CollectiveForm(
        @NotNull(message = "{commendation.error.unit}") Long unitId,
        @NotBlank(message = "{commendation.error.title}") @Size(max = 300) String title,
        @Size(max = 2000) String note,
        @NotNull Long version) {

    static CollectiveForm empty(Round round) {
        return new CollectiveForm(null, null, null, round.version());
    }
}
