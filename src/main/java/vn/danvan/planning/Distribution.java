package vn.danvan.planning;

import java.time.LocalDate;

/** A document sent by a unit to others, with the days to acknowledge and disseminate it by. */
record Distribution(long id, long senderUnitId, String senderName, long documentId, String documentLabel,
        String documentSummary, String note, LocalDate sentOn, LocalDate acknowledgeBy, LocalDate disseminateBy,
        long version) {
}
