package vn.danvan.planning;

import java.time.LocalDate;

/**
 * A document sent by a unit to others, with the days to acknowledge and disseminate it by: a guiding document of the
 * register ({@code documentId}), or the sender's approved annual plan ({@code planId}, {@code planYear}; its label
 * the plan's number).
 */
record Distribution(long id, long senderUnitId, String senderName, Long documentId, Long planId, Integer planYear,
        String documentLabel, String documentSummary, String note, LocalDate sentOn, LocalDate acknowledgeBy,
        LocalDate disseminateBy, long version) {

    public boolean plan() {
        return planId != null;
    }
}
