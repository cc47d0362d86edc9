package vn.danvan.supervision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The default answer time: working days (1 to 90) and its legal source (supervision_rule.legal_source
 * varchar(500), V20), at the version the administrator saw.
 */
record SettingsForm(
        @NotNull(message = "{supervision.settings.error.days}") @Min(value = 1, message = "{supervision.settings.error.days}")
        @Max(value = 90, message = "{supervision.settings.error.days}") Integer workingDays,
        @NotBlank(message = "{supervision.settings.error.source}") @Size(max = 500) String legalSource,
        @NotNull Long version) {
}
