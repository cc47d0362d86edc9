package vn.danvan.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.inspection.InspectionStatesTests.problems;
import static vn.danvan.inspection.PlanStatus.APPROVED;
import static vn.danvan.inspection.PlanStatus.DRAFT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;

/** The inspection plan's table of moves, and each change: the state after it, its refusal naming the state, its rules. */
class InspectionPlanStatesTests {

    private static final Map<PlanStatus, Set<PlanStatus>> ALLOWED = Map.of(
            DRAFT, Set.of(APPROVED),
            APPROVED, Set.of());

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    @Test
    void everyMoveIsAllowedOrRefusedAsTheTableSays() {
        assertThat(ALLOWED).containsOnlyKeys(PlanStatus.values());
        for (PlanStatus from : PlanStatus.values()) {
            for (PlanStatus to : PlanStatus.values()) {
                assertThat(from.allows(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
        assertThat(DRAFT.editable()).isTrue();
        assertThat(APPROVED.editable()).isFalse();
    }

    @Test
    void aDraftWithAUnitALeadAndAnItemIsApproved() {
        InspectionPlan plan = plan(DRAFT);
        plan.requireDraft();
        plan.approve(2, true, 5, "noivu", AT);
        assertThat(plan.status()).isEqualTo(APPROVED);
        assertThat(plan.approvedBy()).isEqualTo("noivu");
        assertThat(plan.approvedAt()).isEqualTo(AT);
    }

    @Test
    void anApprovalNeedsAUnitALeadAndAnItem() {
        InspectionPlan plan = plan(DRAFT);
        assertThat(problems(() -> plan.approve(0, false, 0, "noivu", AT))).containsExactly(
                "unitId=inspection.error.planNoUnit", "personId=inspection.error.leadRequired",
                "itemText=inspection.error.itemRequired");
        assertThat(problems(() -> plan.approve(1, false, 1, "noivu", AT)))
                .containsExactly("personId=inspection.error.leadRequired");
        assertThat(plan.status()).isEqualTo(DRAFT);
        assertThat(plan.approvedBy()).isNull();
    }

    @Test
    void anApprovedPlanNeitherChangesNorIsApprovedAgainAndTheRefusalNamesItsState() {
        InspectionPlan plan = plan(APPROVED);
        refusedNaming(plan::requireDraft);
        refusedNaming(() -> plan.approve(1, true, 1, "noivu", AT));
        refusedNaming(() -> plan.approve(0, false, 0, "noivu", AT));
        assertThat(plan.approvedBy()).isNull();
    }

    private static void refusedNaming(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("inspection.error.planApproved");
            assertThat(((MessageSourceResolvable) e.arguments()[0]).getCodes()).containsExactly(APPROVED.messageKey());
        });
    }

    private static InspectionPlan plan(PlanStatus status) {
        return new InspectionPlan(1, 2026, status, null, null, 0);
    }
}
