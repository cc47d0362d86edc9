package vn.danvan.commendation;

import org.springframework.stereotype.Component;

import vn.danvan.jobs.LongWork;
import vn.danvan.jobs.LongWorkHandler;
import vn.danvan.jobs.LongWorkProgress;
import vn.danvan.jobs.LongWorkResult;

/**
 * The ranking of a commendation round (xếp hạng đợt khen thưởng) in the background: at national scale it scores
 * 17,000 units from every indicator provider, too long for a request. Started by the round's "rank" button
 * ({@link Rankings#start}), run as the person who asked ({@link Commendations#rank}); its progress
 * counts the units scored, and its result is the round's page, where the frozen ranking shows. It works out the
 * whole ranking again if it runs again after a node's death.
 */
@Component
class RankingJob implements LongWorkHandler {

    static final String KIND = "commendation-ranking";
    /** The parameter naming the round. */
    static final String ROUND = "round";

    private final Commendations commendations;

    RankingJob(Commendations commendations) {
        this.commendations = commendations;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public LongWorkResult run(LongWork work, LongWorkProgress progress) {
        long round = Long.parseLong(work.param(ROUND));
        commendations.rank(round, work.id(), progress);
        return LongWorkResult.page("/commendation/" + round, "commendation.rank.done");
    }

    @Override
    public String progressKey() {
        return "commendation.rank.progress";
    }

    @Override
    public String progressOpenKey() {
        return "commendation.rank.progressOpen";
    }
}
