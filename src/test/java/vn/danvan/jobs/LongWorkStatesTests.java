package vn.danvan.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.jobs.LongWorkState.DONE;
import static vn.danvan.jobs.LongWorkState.FAILED;
import static vn.danvan.jobs.LongWorkState.QUEUED;
import static vn.danvan.jobs.LongWorkState.RUNNING;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;

/** The job's table of moves, and each move: the state after it, what it records, its refusal naming the state. */
class LongWorkStatesTests {

    private static final Map<LongWorkState, Set<LongWorkState>> ALLOWED = Map.of(
            QUEUED, Set.of(RUNNING, FAILED),
            RUNNING, Set.of(RUNNING, DONE, FAILED),
            DONE, Set.of(),
            FAILED, Set.of());

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    @Test
    void everyMoveIsAllowedOrRefusedAsTheTableSays() {
        assertThat(ALLOWED).containsOnlyKeys(LongWorkState.values());
        for (LongWorkState from : LongWorkState.values()) {
            for (LongWorkState to : LongWorkState.values()) {
                assertThat(from.allows(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void onlyDoneAndFailedHaveEnded() {
        assertThat(QUEUED.ended()).isFalse();
        assertThat(RUNNING.ended()).isFalse();
        assertThat(DONE.ended()).isTrue();
        assertThat(FAILED.ended()).isTrue();
    }

    @Test
    void aQueuedJobStartsRunsAndEndsDone() {
        LongWorkJob job = job(QUEUED, 0);
        job.start(NOW);
        assertThat(job.state()).isEqualTo(RUNNING);
        assertThat(job.attempts()).isEqualTo(1);
        assertThat(job.startedAt()).isEqualTo(NOW);
        job.finish(NOW.plusMinutes(3));
        assertThat(job.state()).isEqualTo(DONE);
        assertThat(job.finishedAt()).isEqualTo(NOW.plusMinutes(3));
        assertThat(job.errorKey()).isNull();
        assertThat(job.was()).isEqualTo(QUEUED);
    }

    @Test
    void aRunningJobWhoseNodeDiedStartsAgainAndCountsTheAttempt() {
        LongWorkJob job = job(RUNNING, 1);
        job.start(NOW);
        assertThat(job.state()).isEqualTo(RUNNING);
        assertThat(job.attempts()).isEqualTo(2);
    }

    @Test
    void aFailedJobKeepsWhy() {
        LongWorkJob job = job(RUNNING, 1);
        job.fail("jobs.error.unexpected", NOW);
        assertThat(job.state()).isEqualTo(FAILED);
        assertThat(job.errorKey()).isEqualTo("jobs.error.unexpected");
        assertThat(job.finishedAt()).isEqualTo(NOW);
        LongWorkJob queued = job(QUEUED, 0);
        queued.fail("jobs.error.unknownKind", NOW);
        assertThat(queued.state()).isEqualTo(FAILED);
    }

    @Test
    void anEndedJobNeverMovesAgainAndTheRefusalNamesItsState() {
        for (LongWorkState ended : Set.of(DONE, FAILED)) {
            refusedNaming(() -> job(ended, 1).start(NOW), ended);
            refusedNaming(() -> job(ended, 1).finish(NOW), ended);
            refusedNaming(() -> job(ended, 1).fail("jobs.error.unexpected", NOW), ended);
        }
        refusedNaming(() -> job(QUEUED, 0).finish(NOW), QUEUED);
    }

    @Test
    void eachStateHasAWordAndAColour() {
        for (LongWorkState s : LongWorkState.values()) {
            assertThat(s.messageKey()).isEqualTo("jobs.state." + s.name());
            assertThat(s.colour()).isNotBlank();
        }
    }

    private static LongWorkJob job(LongWorkState state, int attempts) {
        return new LongWorkJob(7, "petition-inbox-export", 3, state, attempts, 4);
    }

    private static void refusedNaming(Runnable move, LongWorkState state) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("jobs.error.transition");
            assertThat(((MessageSourceResolvable) e.arguments()[0]).getCodes()).containsExactly(state.messageKey());
        });
    }
}
