package vn.danvan.friendly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.friendly.AssessmentStatus.DRAFT;
import static vn.danvan.friendly.AssessmentStatus.RETURNED;
import static vn.danvan.friendly.AssessmentStatus.REVIEWED;
import static vn.danvan.friendly.AssessmentStatus.SUBMITTED;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;

/** The self-assessment's table of moves, and each move: the state after it, its refusal naming the state, its rules. */
class AssessmentStatesTests {

    private static final Map<AssessmentStatus, Set<AssessmentStatus>> ALLOWED = Map.of(
            DRAFT, Set.of(SUBMITTED),
            SUBMITTED, Set.of(REVIEWED, RETURNED),
            RETURNED, Set.of(SUBMITTED),
            REVIEWED, Set.of());

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    @Test
    void everyMoveIsAllowedOrRefusedAsTheTableSays() {
        assertThat(ALLOWED).containsOnlyKeys(AssessmentStatus.values());
        for (AssessmentStatus from : AssessmentStatus.values()) {
            for (AssessmentStatus to : AssessmentStatus.values()) {
                assertThat(from.allows(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void aNewAssessmentIsAnEditableDraft() {
        Assessment a = Assessment.draft(7, 2026);
        assertThat(a.id()).isNull();
        assertThat(a.status()).isEqualTo(DRAFT);
        a.requireEditable();
    }

    @Test
    void aDraftOrReturnedAssessmentIsSubmittedAndLosesTheReturnReason() {
        Assessment draft = assessment(DRAFT, null);
        draft.submit("truong.anbinh", AT);
        assertThat(draft.status()).isEqualTo(SUBMITTED);
        assertThat(draft.submittedAt()).isEqualTo(AT);
        assertThat(draft.submittedBy()).isEqualTo("truong.anbinh");
        Assessment returned = assessment(RETURNED, "Thiếu minh chứng");
        returned.requireEditable();
        returned.submit("truong.anbinh", AT);
        assertThat(returned.status()).isEqualTo(SUBMITTED);
        assertThat(returned.returnReason()).isNull();
        for (AssessmentStatus from : List.of(SUBMITTED, REVIEWED)) {
            refused(() -> assessment(from, null).submit("x", AT), "friendly.error.notEditable", from);
            refused(() -> assessment(from, null).requireEditable(), "friendly.error.notEditable", from);
        }
    }

    @Test
    void homeAffairsReviewsASubmittedAssessment() {
        Assessment a = assessment(SUBMITTED, null);
        a.requireSubmitted();
        a.review("noivu", AT);
        assertThat(a.status()).isEqualTo(REVIEWED);
        assertThat(a.reviewedAt()).isEqualTo(AT);
        assertThat(a.reviewedBy()).isEqualTo("noivu");
        for (AssessmentStatus from : List.of(DRAFT, RETURNED, REVIEWED)) {
            refused(() -> assessment(from, null).review("noivu", AT), "friendly.error.notSubmitted", from);
            refused(() -> assessment(from, null).requireSubmitted(), "friendly.error.notSubmitted", from);
        }
    }

    @Test
    void homeAffairsReturnsASubmittedAssessmentSayingWhy() {
        Assessment a = assessment(SUBMITTED, null);
        assertThatThrownBy(() -> a.returnToUnit(null, "noivu")).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.messageKey()).isEqualTo("friendly.error.reasonMissing");
                });
        assertThat(a.status()).isEqualTo(SUBMITTED);
        a.returnToUnit("Thiếu minh chứng", "noivu");
        assertThat(a.status()).isEqualTo(RETURNED);
        assertThat(a.returnReason()).isEqualTo("Thiếu minh chứng");
        assertThat(a.reviewedBy()).isEqualTo("noivu");
        assertThat(a.reviewedAt()).isNull();
        for (AssessmentStatus from : List.of(DRAFT, RETURNED, REVIEWED)) {
            refused(() -> assessment(from, null).returnToUnit("Lý do", "noivu"), "friendly.error.notSubmitted", from);
            refused(() -> assessment(from, null).returnToUnit(null, "noivu"), "friendly.error.notSubmitted", from);
        }
    }

    private static void refused(Runnable move, String key, AssessmentStatus state) {
        assertThatThrownBy(move::run).as(state.name()).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(((MessageSourceResolvable) e.arguments()[0]).getCodes()).containsExactly(state.messageKey());
        });
    }

    private static Assessment assessment(AssessmentStatus status, String returnReason) {
        return new Assessment(1L, 7, 2026, status, returnReason, null, null, null, null, 3);
    }
}
