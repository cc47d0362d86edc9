package vn.danvan.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.inspection.InspectionStatesTests.problems;
import static vn.danvan.inspection.ViolationStatus.CLOSED_NO_MEASURE;
import static vn.danvan.inspection.ViolationStatus.DECIDED;
import static vn.danvan.inspection.ViolationStatus.DONE;
import static vn.danvan.inspection.ViolationStatus.OPEN;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;

/** The violation case's table of moves, and each move: the state after it, its refusal naming the state, its rules. */
class ViolationStatesTests {

    private static final Map<ViolationStatus, Set<ViolationStatus>> ALLOWED = Map.of(
            OPEN, Set.of(DECIDED, CLOSED_NO_MEASURE),
            DECIDED, Set.of(DONE),
            DONE, Set.of(),
            CLOSED_NO_MEASURE, Set.of());

    private static final LocalDate DAY = LocalDate.of(2026, 6, 2);

    @Test
    void everyMoveIsAllowedOrRefusedAsTheTableSays() {
        assertThat(ALLOWED).containsOnlyKeys(ViolationStatus.values());
        for (ViolationStatus from : ViolationStatus.values()) {
            for (ViolationStatus to : ViolationStatus.values()) {
                assertThat(from.allows(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
        assertThat(OPEN.handled()).isFalse();
        assertThat(CLOSED_NO_MEASURE.handled()).isTrue();
    }

    @Test
    void aDecisionWithAMeasureIsFollowedUpAndOneWithNoneClosesTheCase() {
        Violation decided = violation(OPEN);
        decided.decide(" 45/QĐ-UBND ", DAY, Measure.KHIEN_TRACH, DAY.plusDays(30));
        assertThat(decided.status()).isEqualTo(DECIDED);
        assertThat(decided.decisionNumber()).isEqualTo("45/QĐ-UBND");
        assertThat(decided.decisionDate()).isEqualTo(DAY);
        assertThat(decided.measure()).isEqualTo(Measure.KHIEN_TRACH);
        assertThat(decided.followUpDue()).isEqualTo(DAY.plusDays(30));
        Violation closed = violation(OPEN);
        closed.decide("46/QĐ-UBND", DAY, Measure.NONE, null);
        assertThat(closed.status()).isEqualTo(CLOSED_NO_MEASURE);
    }

    @Test
    void aDecisionNeedsNumberDateAndMeasureAndAFollowUpNotBeforeIt() {
        Violation v = violation(OPEN);
        assertThat(problems(() -> v.decide(" ", null, null, null))).containsExactly(
                "decisionNumber=inspection.error.decisionNumberRequired", "decisionDate=inspection.error.dateRequired",
                "measure=inspection.error.measureRequired");
        assertThat(problems(() -> v.decide("1", DAY, Measure.CANH_CAO, DAY.minusDays(1))))
                .containsExactly("followUpDue=inspection.error.dueBeforeDecision");
        assertThat(v.status()).isEqualTo(OPEN);
        assertThat(v.decisionNumber()).isNull();
        assertThat(Violation.decisionProblems(OPEN, "1", DAY, Measure.CANH_CAO, DAY)).isEmpty();
    }

    @Test
    void aDecidedMeasureIsDoneOnTheDay() {
        Violation v = violation(DECIDED);
        v.done(DAY);
        assertThat(v.status()).isEqualTo(DONE);
        assertThat(v.doneOn()).isEqualTo(DAY);
    }

    @Test
    void notesAreWrittenOnlyOnAnOpenOrDecidedCase() {
        violation(OPEN).requireOpen();
        violation(DECIDED).requireOpen();
        refusedNaming(() -> violation(DONE).requireOpen(), DONE);
        refusedNaming(() -> violation(CLOSED_NO_MEASURE).requireOpen(), CLOSED_NO_MEASURE);
    }

    @Test
    void movesTheStateDoesNotAllowAreRefusedNamingIt() {
        refusedNaming(() -> violation(OPEN).done(DAY), OPEN);
        for (ViolationStatus from : List.of(DECIDED, DONE, CLOSED_NO_MEASURE)) {
            Violation v = violation(from);
            refusedNaming(() -> v.decide("1", DAY, Measure.CANH_CAO, null), from);
            refusedNaming(() -> v.decide(" ", null, null, null), from);
            assertThat(v.status()).isEqualTo(from);
        }
        refusedNaming(() -> violation(DONE).done(DAY), DONE);
        refusedNaming(() -> violation(CLOSED_NO_MEASURE).done(DAY), CLOSED_NO_MEASURE);
    }

    private static void refusedNaming(Runnable move, ViolationStatus state) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("inspection.error.transition");
            assertThat(e.field()).isNull();
            assertThat(((MessageSourceResolvable) e.arguments()[0]).getCodes()).containsExactly(state.messageKey());
        });
    }

    private static Violation violation(ViolationStatus status) {
        return new Violation(1, 2, status, null, null, null, null, null, 0);
    }
}
