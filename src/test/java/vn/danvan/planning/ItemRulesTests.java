package vn.danvan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.danvan.shared.web.Problem;

/** An item's due date lies in the plan's year; its target number is typed as in Viet Nam. */
class ItemRulesTests {

    private static PlanItemForm form(LocalDate due, String number) {
        return new PlanItemForm(DirectiveTask.T1D, "Tiếp  công dân", "Tổ chức  đối thoại", 5L, due,
                "hội nghị đối thoại với Nhân dân", number == null ? null : new BigDecimal(number), "hội nghị",
                List.of(3L, 3L), 0L);
    }

    @Test
    void aDueDateWithinTheYearAndATargetNumberAreAccepted() {
        PlanItemForm form = form(LocalDate.of(2026, 6, 30), "4");
        assertThat(ItemRules.check(form, 2026)).isEmpty();
        ItemRules.ItemData item = ItemRules.data(form);
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(item.targetNumber()).isEqualByComparingTo("4");
        assertThat(item.professionalWork()).isEqualTo("Tiếp công dân");
        assertThat(item.content()).isEqualTo("Tổ chức đối thoại");
        assertThat(item.guideIds()).containsExactly(3L);
    }

    @Test
    void aDueDateOutsideThePlanYearIsRefusedOnItsField() {
        assertThat(ItemRules.check(form(LocalDate.of(2027, 1, 15), null), 2026))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dueDate", "planning.error.dueDateYear"));
        assertThat(ItemRules.check(form(null, null), 2026)).isEmpty();
    }


    @Test
    void theTargetReadsAsNumberUnitAndText() {
        PlanItem item = new PlanItem(1, 1, 1, DirectiveTask.T1D, "w", "c", 1, "o", LocalDate.of(2026, 6, 30),
                "đối thoại với Nhân dân", new BigDecimal("1500"), "lượt người", 0, null, null, 0, null, null);
        assertThat(item.targetLabel()).isEqualTo("1.500 lượt người (đối thoại với Nhân dân)");
    }
}
