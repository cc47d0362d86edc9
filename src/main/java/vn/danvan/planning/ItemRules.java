package vn.danvan.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.DateInput;

/**
 * The rules of a plan item beyond "required" and lengths: the due date is a date written
 * dd/MM/yyyy (or picked as yyyy-MM-dd) within the plan's year; the target number, when given, is
 * a positive number (comma or dot as decimal mark).
 */
final class ItemRules {

    private ItemRules() {
    }

    /** A rule broken by one field, as a message key and its arguments. */
    record Problem(String field, String messageKey, Object... arguments) {
    }

    /** The item ready to store, or the problems of the form; {@code item} is null when there are problems. */
    record Checked(ItemData item, List<Problem> problems) {
    }

    /** A checked item: cleaned text, the due date and the target number. */
    record ItemData(DirectiveTask task, String professionalWork, String content, long ownerAccountId,
            LocalDate dueDate, String targetText, BigDecimal targetNumber, String targetUnit, List<Long> guideIds) {
    }

    static Checked check(PlanItemForm form, int year) {
        List<Problem> problems = new ArrayList<>();
        Optional<LocalDate> due = date(form.dueDate());
        if (form.dueDate() != null && !form.dueDate().isBlank()) {
            if (due.isEmpty()) {
                problems.add(new Problem("dueDate", "planning.error.date"));
            } else if (due.get().getYear() != year) {
                problems.add(new Problem("dueDate", "planning.error.dueDateYear", String.valueOf(year)));
            }
        }
        BigDecimal number = null;
        if (form.targetNumber() != null && !form.targetNumber().isBlank()) {
            number = number(form.targetNumber()).orElse(null);
            if (number == null || number.signum() <= 0) {
                problems.add(new Problem("targetNumber", "planning.error.targetNumber"));
            }
        }
        if (!problems.isEmpty() || due.isEmpty() || form.task() == null || form.ownerAccountId() == null) {
            return new Checked(null, problems);
        }
        return new Checked(new ItemData(form.task(), VietnameseText.clean(form.professionalWork()),
                VietnameseText.clean(form.content()), form.ownerAccountId(), due.get(),
                VietnameseText.clean(form.targetText()), number, VietnameseText.clean(form.targetUnit()),
                form.guides()), List.of());
    }

    /** A date as written in Viet Nam (05/04/2018) or from a date picker (2018-04-05). */
    static Optional<LocalDate> date(String text) {
        return DateInput.parse(text);
    }

    /** "4", "2,5" or "2.5"; "1.000" reads as one thousand when the dot groups three digits. */
    static Optional<BigDecimal> number(String text) {
        String value = text.strip().replace(" ", "");
        if (value.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            value = value.replace(".", "");
        }
        value = value.replace(',', '.');
        try {
            return Optional.of(new BigDecimal(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
