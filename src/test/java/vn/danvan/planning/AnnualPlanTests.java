package vn.danvan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import vn.danvan.shared.web.InvalidRequestException;

/** The plan's state machine: draft, submitted, approved or returned, reopened; each step recorded. */
class AnnualPlanTests {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:00:00+07:00");

    @Test
    void aDraftWithItemsIsSubmittedThenApprovedByTheHead() {
        AnnualPlan plan = AnnualPlan.draft(7, 2026);
        plan.submit(2);
        plan.approve("anbinh.truong", "Trần Văn Bình", NOW);

        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.approvedAt()).isEqualTo(NOW);
        assertThat(plan.approverName()).isEqualTo("Trần Văn Bình");
        assertThat(plan.recordedSteps()).extracting(AnnualPlan.Step::action)
                .containsExactly("CREATE", "SUBMIT", "APPROVE");
    }

    @Test
    void aPlanWithoutItemsCannotBeSubmitted() {
        AnnualPlan plan = AnnualPlan.draft(7, 2026);
        assertThatThrownBy(() -> plan.submit(0)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("planning.error.noItems");
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aReturnedPlanKeepsItsReasonUntilItIsSubmittedAgain() {
        AnnualPlan plan = AnnualPlan.draft(7, 2026);
        plan.submit(1);
        plan.returnForChanges("  Thiếu chỉ tiêu đối thoại  ");
        assertThat(plan.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(plan.returnedReason()).isEqualTo("Thiếu chỉ tiêu đối thoại");
        assertThatThrownBy(() -> plan.approve("h", "H", NOW)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("planning.error.transition");

        plan.submit(1);
        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(plan.returnedReason()).isNull();
    }

    @Test
    void returningAndReopeningNeedAReason() {
        AnnualPlan plan = AnnualPlan.draft(7, 2026);
        plan.submit(1);
        assertThatThrownBy(() -> plan.returnForChanges(" ")).isInstanceOf(InvalidRequestException.class)
                .hasMessage("planning.error.reasonRequired");
        plan.approve("h", "H", NOW);
        assertThatThrownBy(() -> plan.reopen(null)).hasMessage("planning.error.reasonRequired");
        plan.reopen("Bổ sung nội dung đối thoại quý IV");
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.recordedSteps()).last().extracting(AnnualPlan.Step::note)
                .isEqualTo("Bổ sung nội dung đối thoại quý IV");
    }

    @Test
    void itemsAreLockedOnceSubmittedOrApproved() {
        AnnualPlan plan = AnnualPlan.draft(7, 2026);
        plan.requireItemsEditable();
        plan.submit(1);
        assertThatThrownBy(plan::requireItemsEditable).hasMessage("planning.error.itemsLocked");
        plan.approve("h", "H", NOW);
        assertThatThrownBy(plan::requireItemsEditable).hasMessage("planning.error.itemsLocked");
    }

    @Test
    void theStatusEnumHoldsTheAllowedTransitions() {
        assertThat(PlanStatus.DRAFT.allows(PlanStatus.SUBMITTED)).isTrue();
        assertThat(PlanStatus.RETURNED.allows(PlanStatus.SUBMITTED)).isTrue();
        assertThat(PlanStatus.DRAFT.allows(PlanStatus.APPROVED)).isFalse();
        assertThat(PlanStatus.SUBMITTED.allows(PlanStatus.RETURNED)).isTrue();
        assertThat(PlanStatus.APPROVED.allows(PlanStatus.SUBMITTED)).isFalse();
        assertThat(PlanStatus.APPROVED.allows(PlanStatus.DRAFT)).isTrue();
        assertThat(PlanStatus.SUBMITTED.itemsEditable()).isFalse();
        assertThat(PlanStatus.RETURNED.itemsEditable()).isTrue();
    }
}
