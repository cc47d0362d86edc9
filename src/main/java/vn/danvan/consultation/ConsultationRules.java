package vn.danvan.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import vn.danvan.shared.web.DateInput;

/** The checks on a consultation draft, and on opening it, before anything is saved. */
final class ConsultationRules {

    static final int MAX_OPTIONS = 10;

    private ConsultationRules() {
    }

    /** The dates of a valid form. */
    record Dates(LocalDate opensOn, LocalDate closesOn) {
    }

    static List<Problem> checkDraft(ConsultationForm form) {
        List<Problem> problems = new ArrayList<>();
        if (form.title() == null || form.title().isBlank()) {
            problems.add(new Problem("title", "consultation.error.titleRequired"));
        } else if (form.title().strip().length() > 500) {
            problems.add(new Problem("title", "consultation.error.titleTooLong"));
        }
        if (form.description() != null && form.description().length() > 8000) {
            problems.add(new Problem("description", "consultation.error.descriptionTooLong"));
        }
        if (form.kind() == null) {
            problems.add(new Problem("kind", "consultation.error.kindRequired"));
        } else if (form.kind() == ConsultationKind.DECIDE) {
            List<String> options = form.optionLines();
            if (options.size() < 2) {
                problems.add(new Problem("options", "consultation.error.optionsTooFew"));
            } else if (options.size() > MAX_OPTIONS) {
                problems.add(new Problem("options", "consultation.error.optionsTooMany", MAX_OPTIONS));
            } else if (new HashSet<>(options).size() != options.size()) {
                problems.add(new Problem("options", "consultation.error.optionsRepeated"));
            } else if (options.stream().anyMatch(o -> o.length() > 500)) {
                problems.add(new Problem("options", "consultation.error.optionTooLong"));
            }
        }
        if (!form.whole() && form.chosenAreas().isEmpty()) {
            problems.add(new Problem("areaIds", "consultation.error.areasRequired"));
        }
        LocalDate opens = DateInput.parse(form.opensOn()).orElse(null);
        LocalDate closes = DateInput.parse(form.closesOn()).orElse(null);
        if (opens == null) {
            problems.add(new Problem("opensOn", blank(form.opensOn()) ? "consultation.error.opensOnRequired"
                    : "consultation.error.dateInvalid"));
        }
        if (closes == null) {
            problems.add(new Problem("closesOn", blank(form.closesOn()) ? "consultation.error.closesOnRequired"
                    : "consultation.error.dateInvalid"));
        }
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            problems.add(new Problem("closesOn", "consultation.error.closesBeforeOpens"));
        }
        return problems;
    }

    static Dates dates(ConsultationForm form) {
        return new Dates(DateInput.parse(form.opensOn()).orElseThrow(), DateInput.parse(form.closesOn()).orElseThrow());
    }

    /** Opening: the open date not in the past and a scope with households. */
    static List<Problem> checkOpening(Consultation c, LocalDate today, long householdsInScope) {
        List<Problem> problems = new ArrayList<>();
        if (c.opensOn().isBefore(today)) {
            problems.add(new Problem("opensOn", "consultation.error.opensInPast"));
        }
        if (householdsInScope <= 0) {
            problems.add(new Problem("areaIds", "consultation.error.noHouseholds"));
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
