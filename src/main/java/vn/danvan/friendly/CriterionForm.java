package vn.danvan.friendly;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A criterion of a year's set as Home Affairs types it: the year (a new criterion's), the name and the
 * description (columns of V23), the maximum points, the order, whether its points come from the
 * survey, and for a change the version the page showed.
 */
record CriterionForm(
        Integer year,
        @NotBlank(message = "{friendly.error.nameMissing}")
        @Size(max = 300, message = "{friendly.error.nameTooLong}") String name,
        @Size(max = 2000, message = "{friendly.error.descriptionTooLong}") String description,
        @NotNull(message = "{friendly.error.maxPoints}") @Min(value = 1, message = "{friendly.error.maxPoints}")
        @Max(value = 100, message = "{friendly.error.maxPoints}") Integer maxPoints,
        @NotNull(message = "{friendly.error.sortOrder}") @Min(value = 1, message = "{friendly.error.sortOrder}")
        @Max(value = 999, message = "{friendly.error.sortOrder}") Integer sortOrder,
        Boolean survey,
        Long version) {

    static CriterionForm empty(int year, int sortOrder) {
        return new CriterionForm(year, null, null, null, sortOrder, false, null);
    }
}
