package vn.danvan.organisation.units;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Retiring a unit: the reason (shown on the unit's page, column {@code unit.retired_reason} of V2)
 * and the version the page showed.
 */
record RetireForm(
        @NotBlank(message = "{unit.error.reasonRequired}") @Size(max = 500) String reason,
        Long version) {
}
