package vn.danvan.commendation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The weights a new round starts with, for the indicators that exist today; bad figures (overdue
 * items, missed weeks) weigh negative. Any other indicator, including those later modules add,
 * starts at 0 until Home Affairs sets a weight.
 */
final class DefaultWeights {

    private static final Map<String, Integer> WEIGHTS = Map.ofEntries(
            Map.entry("reporting.reportSubmitted", 5),
            Map.entry("reporting.reportOnTime", 10),
            Map.entry("reporting.reportAccepted", 10),
            Map.entry("planning.planApproved", 5),
            Map.entry("planning.itemsDoneOnTimeRate", 10),
            Map.entry("planning.itemsOverdue", -5),
            Map.entry("petition.answeredOnTimeRate", 10),
            Map.entry("petition.overdueNow", -5),
            Map.entry("petition.satisfaction", 5),
            Map.entry("dialogue.conferencesHeld", 5),
            Map.entry("dialogue.commitmentsKeptOnTime", 10),
            Map.entry("dialogue.commitmentsOverdue", -5),
            Map.entry("dialogue.receptionWeeksCovered", 5),
            Map.entry("dialogue.receptionWeeksMissed", -5),
            Map.entry("consultation.participation", 5),
            Map.entry("supervision.answeredOnTime", 10),
            Map.entry("supervision.overdue", -5),
            Map.entry("inspection.violationsFound", -10),
            Map.entry("inspection.violationsLate", -5),
            Map.entry("model.recognised", 10),
            Map.entry("model.peopleRecognised", 5),
            Map.entry("news.published", 2),
            Map.entry("friendly.selfAssessmentScore", 10),
            Map.entry("friendly.surveySatisfaction", 10),
            Map.entry("dossier.onTimeRate", 10),
            Map.entry("dossier.lateNow", -5),
            Map.entry("dossier.satisfaction", 5));

    private DefaultWeights() {
    }

    /** The codes given a weight here, each of which some indicator provider must define. */
    static java.util.Set<String> codes() {
        return WEIGHTS.keySet();
    }

    static BigDecimal of(String code) {
        return BigDecimal.valueOf(WEIGHTS.getOrDefault(code, 0));
    }
}
