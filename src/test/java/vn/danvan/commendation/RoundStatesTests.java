package vn.danvan.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.commendation.RoundState.DECIDED;
import static vn.danvan.commendation.RoundState.DRAFT;
import static vn.danvan.commendation.RoundState.RANKED;
import static vn.danvan.commendation.RoundState.RETURNED;
import static vn.danvan.commendation.RoundState.SUBMITTED;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import vn.danvan.organisation.UnitKind;
import vn.danvan.shared.web.InvalidRequestException;

/** The commendation round's table of moves, and each move: the state after it, its refusal naming the state, its rules. */
class RoundStatesTests {

    private static final Map<RoundState, Set<RoundState>> ALLOWED = Map.of(
            DRAFT, Set.of(RANKED),
            RANKED, Set.of(RANKED, SUBMITTED),
            SUBMITTED, Set.of(DECIDED, RETURNED),
            DECIDED, Set.of(),
            RETURNED, Set.of(RANKED, SUBMITTED));

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    private static final LocalDate TO = LocalDate.of(2026, 12, 6);

    @Test
    void everyMoveIsAllowedOrRefusedAsTheTableSays() {
        assertThat(ALLOWED).containsOnlyKeys(RoundState.values());
        for (RoundState from : RoundState.values()) {
            for (RoundState to : RoundState.values()) {
                assertThat(from.allows(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void aRoundInPreparationIsRankedUpToTheDay() {
        for (RoundState from : List.of(DRAFT, RANKED, RETURNED)) {
            Round round = round(from);
            round.rank(TO, AT);
            assertThat(round.state()).isEqualTo(RANKED);
            assertThat(round.rankedAt()).isEqualTo(AT);
            assertThat(round.rankedTo()).isEqualTo(TO);
            assertThat(round.ranked()).isTrue();
        }
        for (RoundState from : List.of(SUBMITTED, DECIDED)) {
            refused(() -> round(from).rank(TO, AT), "commendation.error.state", from);
            refused(() -> round(from).requirePreparation(), "commendation.error.state", from);
        }
    }

    @Test
    void aRankedOrReturnedRoundWithEntriesIsSubmitted() {
        for (RoundState from : List.of(RANKED, RETURNED)) {
            Round round = round(from);
            round.requireShortlisting();
            round.submit(2, AT);
            assertThat(round.state()).isEqualTo(SUBMITTED);
            assertThat(round.submittedAt()).isEqualTo(AT);
        }
        Round empty = round(RANKED);
        assertThatThrownBy(() -> empty.submit(0, AT)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.messageKey()).isEqualTo("commendation.error.emptyShortlist"));
        assertThat(empty.state()).isEqualTo(RANKED);
        for (RoundState from : List.of(DRAFT, SUBMITTED, DECIDED)) {
            refused(() -> round(from).submit(2, AT), "commendation.error.notRanked", from);
            refused(() -> round(from).submit(0, AT), "commendation.error.notRanked", from);
            refused(() -> round(from).requireShortlisting(), "commendation.error.notRanked", from);
        }
    }

    @Test
    void theLeaderReturnsASubmittedRoundSayingWhy() {
        Round round = round(SUBMITTED);
        assertThatThrownBy(() -> round.returnForChanges(null)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.messageKey()).isEqualTo("commendation.error.reason");
                });
        assertThat(round.state()).isEqualTo(SUBMITTED);
        round.returnForChanges("Bổ sung thành tích");
        assertThat(round.state()).isEqualTo(RETURNED);
        assertThat(round.returnReason()).isEqualTo("Bổ sung thành tích");
        for (RoundState from : List.of(DRAFT, RANKED, DECIDED, RETURNED)) {
            refused(() -> round(from).returnForChanges("Lý do"), "commendation.error.state", from);
            refused(() -> round(from).returnForChanges(null), "commendation.error.state", from);
        }
    }

    @Test
    void theLeaderDecidesASubmittedRoundOnce() {
        Round round = round(SUBMITTED);
        round.requireAwaitingDecision();
        round.decide("Nguyễn Văn Lãnh Đạo", AT);
        assertThat(round.state()).isEqualTo(DECIDED);
        assertThat(round.decidedAt()).isEqualTo(AT);
        assertThat(round.decidedBy()).isEqualTo("Nguyễn Văn Lãnh Đạo");
        refused(() -> round.decide("x", AT), "commendation.error.state", DECIDED);
        for (RoundState from : List.of(DRAFT, RANKED, RETURNED)) {
            refused(() -> round(from).decide("x", AT), "commendation.error.state", from);
            refused(() -> round(from).requireAwaitingDecision(), "commendation.error.state", from);
        }
    }

    private static void refused(Runnable move, String key, RoundState state) {
        assertThatThrownBy(move::run).as(state.name()).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(((MessageSourceResolvable) e.arguments()[0]).getCodes()).containsExactly(state.messageKey());
        });
    }

    private static Round round(RoundState state) {
        return new Round(1, 2026, List.of("Bằng khen"), List.of("Giấy khen"), EnumSet.of(UnitKind.values()[0]), 3,
                state, "noivu", null, null, null, null, null, null, 0);
    }
}
