package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Which conferences are upcoming, and when an open commitment is overdue (the tables of moves: ConferenceStatesTests, CommitmentStatesTests). */
class StateRulesTests {

    @Test
    void onlyAPlannedOrPostponedConferenceIsUpcoming() {
        assertThat(ConferenceStatus.POSTPONED.upcoming()).isTrue();
        assertThat(ConferenceStatus.CANCELLED.upcoming()).isFalse();
        assertThat(ConferenceStatus.HELD.upcoming()).isFalse();
        assertThat(ConferenceStatus.PLANNED.upcoming()).isTrue();
    }

    @Test
    void anOpenCommitmentIsOverdueOnlyAfterItsDueDate() {
        LocalDate due = LocalDate.of(2026, 11, 10);
        assertThat(CommitmentStatus.OPEN.overdue(due, due)).isFalse();
        assertThat(CommitmentStatus.OPEN.overdue(due, due.plusDays(1))).isTrue();
        assertThat(CommitmentStatus.DONE.overdue(due, due.plusDays(30))).isFalse();
        assertThat(CommitmentStatus.DROPPED.overdue(due, due.plusDays(30))).isFalse();
    }
}
