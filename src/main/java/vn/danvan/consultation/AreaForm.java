package vn.danvan.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A residential area as typed: its name (V18: 200) and households, a whole number above zero (a value that
 * is not a number has the same message, {@code typeMismatch.areaForm.households}). {@code unitId} is the
 * commune of a new area, from the address of the form; an area edited keeps its commune.
 */
record AreaForm(
        @NotBlank(message = "{consultation.area.error.nameRequired}")
        @Size(max = 200, message = "{consultation.area.error.nameTooLong}") String name,
        @NotNull(message = "{consultation.area.error.households}")
        @Min(value = 1, message = "{consultation.area.error.households}") @Max(9_999_999) Integer households,
        Long unitId,
        Long version) {

    static AreaForm of(long unitId) {
        return new AreaForm(null, null, unitId, null);
    }
}
