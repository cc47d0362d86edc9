package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A planned or postponed conference may be held, postponed or cancelled; held and cancelled are final. An open commitment is overdue after its due date. */
class StateRulesTests {

    @Test
    void aPlannedConferenceMayBeHeldPostponedOrCancelled() {
        assertThat(ConferenceStatus.PLANNED.allows(ConferenceStatus.HELD)).isTrue();
        assertThat(ConferenceStatus.PLANNED.allows(ConferenceStatus.POSTPONED)).isTrue();
        assertThat(ConferenceStatus.PLANNED.allows(ConferenceStatus.CANCELLED)).isTrue();
    }

    @Test
    void aPostponedConferenceMayStillBeHeldOrPostponedAgain() {
        assertThat(ConferenceStatus.POSTPONED.allows(ConferenceStatus.HELD)).isTrue();
        assertThat(ConferenceStatus.POSTPONED.allows(ConferenceStatus.POSTPONED)).isTrue();
    }

    @Test
    void heldAndCancelledAreFinal() {
        for (ConferenceStatus next : ConferenceStatus.values()) {
            assertThat(ConferenceStatus.HELD.allows(next)).isFalse();
            assertThat(ConferenceStatus.CANCELLED.allows(next)).isFalse();
        }
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

    @Test
    void onlyAnOpenCommitmentMayBeClosed() {
        assertThat(CommitmentStatus.OPEN.allows(CommitmentStatus.DONE)).isTrue();
        assertThat(CommitmentStatus.OPEN.allows(CommitmentStatus.DROPPED)).isTrue();
        assertThat(CommitmentStatus.DONE.allows(CommitmentStatus.OPEN)).isFalse();
        assertThat(CommitmentStatus.DROPPED.allows(CommitmentStatus.DONE)).isFalse();
    }
}
