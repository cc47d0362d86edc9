package vn.danvan.planning;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.Problem;

/**
 * The rules of a plan item beyond what its form record checks: the due date lies within the plan's
 * year. And how a number is typed in Viet Nam (comma or dot as decimal mark, dots grouping thousands).
 */
final class ItemRules {

    private ItemRules() {
    }

    /** A checked item: cleaned text, the due date and the target number. */
    record ItemData(DirectiveTask task, String professionalWork, String content, long ownerAccountId,
            LocalDate dueDate, String targetText, BigDecimal targetNumber, String targetUnit, List<Long> guideIds) {
    }

    /** The problems of a form whose values are each valid, null-safe so that it can run beside field errors. */
    static List<Problem> check(PlanItemForm form, int year) {
        if (form.dueDate() != null && form.dueDate().getYear() != year) {
            return List.of(Problem.on("dueDate", "planning.error.dueDateYear", String.valueOf(year)));
        }
        return List.of();
    }

    /** The item to store from a valid form. */
    static ItemData data(PlanItemForm form) {
        return new ItemData(form.task(), VietnameseText.clean(form.professionalWork()),
                VietnameseText.clean(form.content()), form.ownerAccountId(), form.dueDate(),
                VietnameseText.clean(form.targetText()), form.targetNumber(), VietnameseText.clean(form.targetUnit()),
                form.guides());
    }
}
