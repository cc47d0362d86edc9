package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.dialogue.CommitmentStatus.DONE;
import static vn.danvan.dialogue.CommitmentStatus.DROPPED;
import static vn.danvan.dialogue.CommitmentStatus.OPEN;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;

/** The commitment's table of moves, and each move: the state after it, its refusal naming the state, its rules. */
class CommitmentStatesTests {

    private static final Map<CommitmentStatus, Set<CommitmentStatus>> ALLOWED = Map.of(
            OPEN, Set.of(DONE, DROPPED),
            DONE, Set.of(),
            DROPPED, Set.of());

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void everyMoveIsAllowedOrRefusedAsTheTableSays() {
        assertThat(ALLOWED).containsOnlyKeys(CommitmentStatus.values());
        for (CommitmentStatus from : CommitmentStatus.values()) {
            for (CommitmentStatus to : CommitmentStatus.values()) {
                assertThat(from.allows(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void aDoneCommitmentRecordsTheDay() {
        Commitment m = commitment(OPEN);
        m.done(TODAY);
        assertThat(m.status()).isEqualTo(DONE);
        assertThat(m.doneOn()).isEqualTo(TODAY);
        assertThat(m.droppedReason()).isNull();
    }

    @Test
    void aDroppedCommitmentNeedsAndKeepsItsReason() {
        Commitment m = commitment(OPEN);
        assertThatThrownBy(() -> m.drop(" ")).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.field()).isEqualTo("reason");
            assertThat(e.messageKey()).isEqualTo("dialogue.error.reasonRequired");
        });
        assertThat(m.status()).isEqualTo(OPEN);
        m.drop("Hết kinh phí");
        assertThat(m.status()).isEqualTo(DROPPED);
        assertThat(m.droppedReason()).isEqualTo("Hết kinh phí");
        assertThat(m.doneOn()).isNull();
    }

    @Test
    void closeFollowsTheButtonPressed() {
        Commitment done = commitment(OPEN);
        done.close(DONE, "ignored", TODAY);
        assertThat(done.status()).isEqualTo(DONE);
        assertThat(done.droppedReason()).isNull();
        Commitment dropped = commitment(OPEN);
        dropped.close(DROPPED, "Lý do", TODAY);
        assertThat(dropped.status()).isEqualTo(DROPPED);
        refusedNaming(() -> commitment(OPEN).close(OPEN, null, TODAY), OPEN);
    }

    @Test
    void aClosedCommitmentCannotBeClosedAgainAndTheRefusalNamesItsState() {
        for (CommitmentStatus closed : List.of(DONE, DROPPED)) {
            Commitment m = commitment(closed);
            refusedNaming(() -> m.done(TODAY), closed);
            refusedNaming(() -> m.drop(" "), closed);
            refusedNaming(() -> m.drop("Lý do"), closed);
            assertThat(m.status()).isEqualTo(closed);
        }
    }

    private static void refusedNaming(Runnable move, CommitmentStatus state) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("dialogue.error.commitmentTransition");
            assertThat(((MessageSourceResolvable) e.arguments()[0]).getCodes()).containsExactly(state.messageKey());
        });
    }

    private static Commitment commitment(CommitmentStatus status) {
        return new Commitment(1, 2, "Sửa đường liên thôn", 3, "UBND xã An Bình", TODAY.plusDays(30), status, null,
                null, false);
    }
}
