package vn.danvan.commendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person put on the list: the person, one of the round's titles for individuals, their
 * achievements and the round's version the page showed. Sizes as the columns (V24).
 */
record IndividualForm(
        @NotNull(message = "{commendation.error.person}") Long personId,
        @NotBlank(message = "{commendation.error.title}") @Size(max = 300) String title,
        @NotBlank(message = "{commendation.error.achievements}") @Size(max = 4000) String achievements,
        @NotNull Long version) {

    static IndividualForm empty(Round round) {
        return new IndividualForm(null, null, null, round.version());
    }
}
