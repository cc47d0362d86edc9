package vn.danvan.consultation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The draft form: options one per line, dates typed dd/MM/yyyy, the chosen areas when the scope is not the
 * whole commune. The sizes are the columns' (V18: title 500, description 8000); the options are at most
 * {@value ConsultationRules#MAX_OPTIONS} lines of a 500-character label each (consultation_option.label),
 * each with its line break: {@value #OPTIONS_MAX} characters.
 */
record ConsultationForm(
        @NotBlank(message = "{consultation.error.titleRequired}")
        @Size(max = 500, message = "{consultation.error.titleTooLong}") String title,
        @Size(max = 8000, message = "{consultation.error.descriptionTooLong}") String description,
        @NotNull(message = "{consultation.error.kindRequired}") ConsultationKind kind,
        @Size(max = ConsultationForm.OPTIONS_MAX) String options,
        Boolean wholeUnit,
        List<Long> areaIds,
        @NotNull(message = "{consultation.error.opensOnRequired}") LocalDate opensOn,
        @NotNull(message = "{consultation.error.closesOnRequired}") LocalDate closesOn,
        Boolean liveTally,
        Long version) {

    static final int OPTIONS_MAX = ConsultationRules.MAX_OPTIONS * 501;

    /** The default options of a matter residents decide. */
    static final String DEFAULT_OPTIONS = "Đồng ý\nKhông đồng ý";

    static ConsultationForm empty() {
        return new ConsultationForm(null, null, ConsultationKind.DECIDE, DEFAULT_OPTIONS, true, List.of(), null,
                null, false, null);
    }

    boolean whole() {
        return wholeUnit == null || wholeUnit;
    }

    boolean live() {
        return liveTally != null && liveTally;
    }

    List<Long> chosenAreas() {
        return areaIds == null ? List.of() : areaIds;
    }

    /** The non-blank option lines, trimmed. */
    List<String> optionLines() {
        if (options == null) {
            return List.of();
        }
        return options.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
