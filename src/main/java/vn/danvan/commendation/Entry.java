package vn.danvan.commendation;

import java.math.BigDecimal;

/**
 * A proposed collective (a unit, with its score and rank at shortlisting) or individual (a person
 * of a unit, with their achievements), the title proposed and the leader's decision.
 */
record Entry(long id, long roundId, Kind kind, long unitId, String unitName, Long personId, String personName,
        String title, String achievements, String note, BigDecimal total, Integer rank, Decision decision,
        String strikeReason) {

    enum Kind {
        COLLECTIVE, INDIVIDUAL
    }

    enum Decision {
        PROPOSED, APPROVED, STRUCK;

        public String messageKey() {
            return "commendation.decision." + name();
        }
    }
}
