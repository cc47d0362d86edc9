package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.dialogue.ConferenceStatus.CANCELLED;
import static vn.danvan.dialogue.ConferenceStatus.HELD;
import static vn.danvan.dialogue.ConferenceStatus.PLANNED;
import static vn.danvan.dialogue.ConferenceStatus.POSTPONED;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;

/** The conference's table of moves, and each move: the state after it, its refusal naming the state, its rules. */
class ConferenceStatesTests {

    private static final Map<ConferenceStatus, Set<ConferenceStatus>> ALLOWED = Map.of(
            PLANNED, Set.of(POSTPONED, HELD, CANCELLED),
            POSTPONED, Set.of(POSTPONED, HELD, CANCELLED),
            HELD, Set.of(),
            CANCELLED, Set.of());

    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 20, 8, 0);
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 20, 11, 0, 0, 0, ZoneOffset.ofHours(7));

    @Test
    void everyMoveIsAllowedOrRefusedAsTheTableSays() {
        assertThat(ALLOWED).containsOnlyKeys(ConferenceStatus.values());
        for (ConferenceStatus from : ConferenceStatus.values()) {
            for (ConferenceStatus to : ConferenceStatus.values()) {
                assertThat(from.allows(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void aPostponedConferenceHasItsNewStartReasonAndWarning() {
        Conference c = conference(PLANNED);
        c.postpone(START.plusDays(7), "Trùng lịch họp", new ConferenceRules.Checked(List.of(), true));
        assertThat(c.status()).isEqualTo(POSTPONED);
        assertThat(c.startsAt()).isEqualTo(START.plusDays(7));
        assertThat(c.postponedReason()).isEqualTo("Trùng lịch họp");
        assertThat(c.shortNotice()).isTrue();
        c.postpone(START.plusDays(9), "Lần nữa", new ConferenceRules.Checked(List.of(), false));
        assertThat(c.startsAt()).isEqualTo(START.plusDays(9));
        assertThat(c.shortNotice()).isFalse();
    }

    @Test
    void aPostponementWithProblemsChangesNothing() {
        Conference c = conference(PLANNED);
        Problem noReason = Problem.on("postponeReason", "dialogue.error.postponeReasonRequired");
        assertThatThrownBy(() -> c.postpone(START.plusDays(7), " ", new ConferenceRules.Checked(List.of(noReason), false)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems()).containsExactly(noReason));
        assertThat(c.status()).isEqualTo(PLANNED);
        assertThat(c.startsAt()).isEqualTo(START);
    }

    @Test
    void aCancelledConferenceKeepsItsReasonAndNeedsOne() {
        Conference c = conference(POSTPONED);
        assertThatThrownBy(() -> c.cancel(" ")).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.field()).isEqualTo("cancelReason");
            assertThat(e.messageKey()).isEqualTo("dialogue.error.cancelReasonRequired");
        });
        assertThat(c.status()).isEqualTo(POSTPONED);
        c.cancel("Bão số 9");
        assertThat(c.status()).isEqualTo(CANCELLED);
        assertThat(c.cancelledReason()).isEqualTo("Bão số 9");
    }

    @Test
    void aHeldConferenceHasItsAttendanceSecretaryAndTime() {
        Conference c = conference(PLANNED);
        c.hold(40, 12, "Lê Thư Ký", AT);
        assertThat(c.status()).isEqualTo(HELD);
        assertThat(c.attendance()).isEqualTo(40);
        assertThat(c.secretaryName()).isEqualTo("Lê Thư Ký");
        assertThat(c.heldAt()).isEqualTo(AT);
    }

    @Test
    void anAttendanceBelowTheListIsRefusedBeforeTheState() {
        Conference c = conference(CANCELLED);
        assertThatThrownBy(() -> c.hold(3, 5, null, AT)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.messageKey()).isEqualTo("dialogue.error.attendanceBelowList"));
        assertThat(c.status()).isEqualTo(CANCELLED);
    }

    @Test
    void movesFromAFinalStateAreRefusedNamingIt() {
        for (ConferenceStatus finalState : List.of(HELD, CANCELLED)) {
            Conference c = conference(finalState);
            refusedNaming(() -> c.cancel("Lý do"), finalState);
            refusedNaming(() -> c.postpone(START.plusDays(3), "Lý do", new ConferenceRules.Checked(List.of(), false)),
                    finalState);
            refusedNaming(() -> c.hold(10, 0, null, AT), finalState);
            assertThat(c.status()).isEqualTo(finalState);
        }
    }

    @Test
    void theStateIsRefusedBeforeTheReason() {
        refusedNaming(() -> conference(HELD).cancel(" "), HELD);
    }

    private static void refusedNaming(Runnable move, ConferenceStatus state) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("dialogue.error.transition");
            assertThat(((MessageSourceResolvable) e.arguments()[0]).getCodes()).containsExactly(state.messageKey());
        });
    }

    private static Conference conference(ConferenceStatus status) {
        return new Conference(1, 2, "UBND xã An Bình", ConferenceKind.DIALOGUE, "Trần Văn Bình, Chủ tịch", START,
                "Hội trường", "Đối thoại", "Nhân dân", status, false, null, null, null, null, null, 3);
    }
}
