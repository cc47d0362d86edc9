package vn.danvan.commendation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.jobs.LongWorkRequest;
import vn.danvan.jobs.LongWorkService;
import vn.danvan.organisation.Role;

/**
 * The rank requests of the rounds: each starts a {@link RankingJob}, one at a time per round. (Apart from
 * {@link Commendations}, whose ranking the job runs: the jobs module's service knows every job's handler.)
 */
@Service
class Rankings {

    private final Commendations commendations;
    private final Rounds rounds;
    private final LongWorkService jobs;

    Rankings(Commendations commendations, Rounds rounds, LongWorkService jobs) {
        this.commendations = commendations;
        this.rounds = rounds;
        this.jobs = jobs;
    }

    /** What a rank request led to: the job that ranks the round, and whether this request started it. */
    record Start(long jobId, boolean started) {
    }

    /**
     * Home Affairs asks for the ranking of the round at the version they saw: a job is started, unless a ranking
     * job of the round is still queued or running, which is then the answer (nothing is started). The round is
     * claimed for the new job in the transaction that records it, so that of two requests at once only one
     * starts a job; the other's is rolled back with {@link ClaimedException} and it is answered with the
     * winner's job ({@link #running}). A round no longer in preparation is refused at once (400).
     */
    @Transactional
    Start start(long id, long version) {
        commendations.requireRole(Role.HOME_AFFAIRS);
        Round round = commendations.current(id, version);
        round.requirePreparation();
        Long last = rounds.rankingJob(id);
        if (last != null && jobs.active(last)) {
            return new Start(last, false);
        }
        long job = jobs.start(LongWorkRequest.of(RankingJob.KIND, "commendation.rank.job",
                List.of(String.valueOf(round.year())), Map.of(RankingJob.ROUND, String.valueOf(id))));
        if (!rounds.claimRanking(id, version, last, job)) {
            throw new ClaimedException(id);
        }
        return new Start(job, true);
    }

    /** The round's ranking job while it is queued or running. */
    Optional<Long> running(long id) {
        return Optional.ofNullable(rounds.rankingJob(id)).filter(jobs::active);
    }

    /** Whether the signed-in account started the job (only they may follow it on its page). */
    boolean startedByMe(long jobId) {
        return jobs.startedByMe(jobId);
    }

    /** The job's progress page. */
    String page(long jobId) {
        return jobs.page(jobId);
    }

    /** Another request claimed the round for its ranking job first; this request's job is rolled back. */
    static final class ClaimedException extends RuntimeException {
        ClaimedException(long roundId) {
            super("commendation round " + roundId + " claimed by another ranking job", null, false, false);
        }
    }
}
