package vn.danvan.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import vn.danvan.shared.web.Problem;

/**
 * The checks on a consultation draft, and on opening it, before anything is saved, beyond what the form's
 * fields say alone (a title, its size, dates that are dates).
 */
final class ConsultationRules {

    static final int MAX_OPTIONS = 10;
    static final int OPTION_MAX = 500;

    private ConsultationRules() {
    }

    /** A draft's options (a matter residents decide), its chosen areas, and a close after the opening. */
    static List<Problem> checkDraft(ConsultationForm form) {
        List<Problem> problems = new ArrayList<>();
        if (form.kind() == ConsultationKind.DECIDE) {
            List<String> options = form.optionLines();
            if (options.size() < 2) {
                problems.add(Problem.on("options", "consultation.error.optionsTooFew"));
            } else if (options.size() > MAX_OPTIONS) {
                problems.add(Problem.on("options", "consultation.error.optionsTooMany", MAX_OPTIONS));
            } else if (new HashSet<>(options).size() != options.size()) {
                problems.add(Problem.on("options", "consultation.error.optionsRepeated"));
            } else if (options.stream().anyMatch(o -> o.length() > OPTION_MAX)) {
                problems.add(Problem.on("options", "consultation.error.optionTooLong"));
            }
        }
        if (!form.whole() && form.chosenAreas().isEmpty()) {
            problems.add(Problem.on("areaIds", "consultation.error.areasRequired"));
        }
        if (form.opensOn() != null && form.closesOn() != null && !form.closesOn().isAfter(form.opensOn())) {
            problems.add(Problem.on("closesOn", "consultation.error.closesBeforeOpens"));
        }
        return problems;
    }

    /** Opening: the open date not in the past and a scope with households. */
    static List<Problem> checkOpening(Consultation c, LocalDate today, long householdsInScope) {
        List<Problem> problems = new ArrayList<>();
        if (c.opensOn().isBefore(today)) {
            problems.add(Problem.on("opensOn", "consultation.error.opensInPast"));
        }
        if (householdsInScope <= 0) {
            problems.add(Problem.on("areaIds", "consultation.error.noHouseholds"));
        }
        return problems;
    }
}
