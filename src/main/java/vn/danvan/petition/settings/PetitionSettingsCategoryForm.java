package vn.danvan.petition.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.danvan.shared.text.VietnameseText;

/** A petition category as typed by the administrator. */
record PetitionSettingsCategoryForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[A-Z0-9_]{2,30}", message = "{petition.settings.error.codeFormat}") @Size(max = 30) String code,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String name,
        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{petition.settings.error.answerDays}")
        @Max(value = 365, message = "{petition.settings.error.answerDays}") Integer answerDays,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size.max}")
        String legalSource,
        @NotNull(message = "{validation.required}")
        @Min(value = 0, message = "{petition.settings.error.sortOrder}")
        @Max(value = 9999, message = "{petition.settings.error.sortOrder}") Integer sortOrder,
        Boolean active,
        @NotNull Long version) {

    static PetitionSettingsCategoryForm empty(int nextSortOrder) {
        return new PetitionSettingsCategoryForm(null, null, 30, null, nextSortOrder, true, 0L);
    }

    static PetitionSettingsCategoryForm of(PetitionSettings.Category c) {
        return new PetitionSettingsCategoryForm(c.code(), c.name(), c.answerDays(), c.legalSource(), c.sortOrder(),
                c.active(), c.version());
    }

    PetitionSettings.CategoryData data() {
        return new PetitionSettings.CategoryData(code.strip(), VietnameseText.clean(name), answerDays,
                VietnameseText.clean(legalSource), sortOrder, Boolean.TRUE.equals(active));
    }
}
