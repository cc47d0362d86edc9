package vn.danvan.petition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.shared.text.VietnameseText;

/** The acceptance rule as typed: working days for the acceptance notice and the legal source of that time. */
record PetitionSettingsRuleForm(
        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{petition.settings.error.workingDays}")
        @Max(value = 60, message = "{petition.settings.error.workingDays}") Integer workingDays,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size.max}")
        String legalSource,
        @NotNull Long version) {

    static PetitionSettingsRuleForm of(PetitionSettings.Rule rule) {
        return new PetitionSettingsRuleForm(rule.workingDays(), rule.legalSource(), rule.version());
    }

    String cleanLegalSource() {
        return VietnameseText.clean(legalSource);
    }
}
