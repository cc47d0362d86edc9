package vn.danvan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An item's due date lies in the plan's year and is written dd/MM/yyyy; its target number is positive. */
class ItemRulesTests {

    private static PlanItemForm form(String due, String number) {
        return new PlanItemForm(DirectiveTask.T1D, " Tiếp công dân ", "Tổ chức  đối thoại", 5L, due,
                "hội nghị đối thoại với Nhân dân", number, "hội nghị", List.of(3L, 3L), 0);
    }

    @Test
    void aDueDateWithinTheYearAndATargetNumberAreAccepted() {
        ItemRules.Checked checked = ItemRules.check(form("30/6/2026", "4"), 2026);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.item().dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(checked.item().targetNumber()).isEqualByComparingTo("4");
        assertThat(checked.item().professionalWork()).isEqualTo("Tiếp công dân");
        assertThat(checked.item().content()).isEqualTo("Tổ chức đối thoại");
        assertThat(checked.item().guideIds()).containsExactly(3L);
    }

    @Test
    void aDueDateOutsideThePlanYearIsRefusedOnItsField() {
        ItemRules.Checked checked = ItemRules.check(form("15/01/2027", null), 2026);
        assertThat(checked.item()).isNull();
        assertThat(checked.problems()).extracting(ItemRules.Problem::field, ItemRules.Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dueDate", "planning.error.dueDateYear"));
    }

    @Test
    void anImpossibleDateAndANegativeNumberAreRefused() {
        ItemRules.Checked checked = ItemRules.check(form("31/02/2026", "-2"), 2026);
        assertThat(checked.problems()).extracting(ItemRules.Problem::field).containsExactly("dueDate", "targetNumber");
    }

    @Test
    void numbersReadAsVietnameseWriteThem() {
        assertThat(ItemRules.number("2,5")).contains(new BigDecimal("2.5"));
        assertThat(ItemRules.number("1.000")).contains(new BigDecimal("1000"));
        assertThat(ItemRules.number("bốn")).isEmpty();
        assertThat(ItemRules.date("2026-04-05")).contains(LocalDate.of(2026, 4, 5));
    }

    @Test
    void theTargetReadsAsNumberUnitAndText() {
        PlanItem item = new PlanItem(1, 1, 1, DirectiveTask.T1D, "w", "c", 1, "o", LocalDate.of(2026, 6, 30),
                "đối thoại với Nhân dân", new BigDecimal("1500"), "lượt người", 0, null, null, 0, null, null);
        assertThat(item.targetLabel()).isEqualTo("1.500 lượt người (đối thoại với Nhân dân)");
        assertThat(PlanDocument.headPosition("Phòng Tài nguyên và Môi trường")).isEqualTo("Trưởng phòng");
        assertThat(PlanDocument.headPosition("Thanh tra huyện")).isEqualTo("Chánh Thanh tra");
    }
}
