package vn.danvan.consultation;

import java.util.List;

/**
 * The draft form as typed: options one per line, dates as text (dd/MM/yyyy), the chosen areas when the
 * scope is not the whole commune.
 */
public record ConsultationForm(String title, String description, ConsultationKind kind, String options,
        Boolean wholeUnit, List<Long> areaIds, String opensOn, String closesOn, Boolean liveTally, Long version) {

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
