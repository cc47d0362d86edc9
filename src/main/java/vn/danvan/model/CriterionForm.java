package vn.danvan.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An evaluation criterion as Home Affairs types it: the name (column of V21), the maximum points (the
 * column's check: 1 to 1000), the order, and for a change whether it is still used and the version the
 * page showed (a new criterion is always used).
 */
record CriterionForm(
        @NotBlank(message = "{model.criteria.error.name}") @Size(max = 300) String name,
        @NotNull(message = "{model.criteria.error.maxPoints}")
        @Min(value = 1, message = "{model.criteria.error.maxPoints}")
        @Max(value = 1000, message = "{model.criteria.error.maxPoints}") Integer maxPoints,
        @NotNull(message = "{model.criteria.error.position}")
        @Min(value = 0, message = "{model.criteria.error.position}")
        @Max(value = 9999, message = "{model.criteria.error.position}") Integer position,
        Boolean active,
        Long version) {

    static CriterionForm empty() {
        return new CriterionForm(null, null, null, true, null);
    }
}
