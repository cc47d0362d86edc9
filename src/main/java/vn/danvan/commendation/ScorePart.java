package vn.danvan.commendation;

import java.math.BigDecimal;

/**
 * One indicator's share of a unit's score: the raw value (null: not applicable), the normalised
 * value, the weight, the points (null when not applicable) and the link to the records behind it.
 */
record ScorePart(String code, BigDecimal raw, BigDecimal normalised, BigDecimal weight, BigDecimal points,
        String link) {

    boolean applicable() {
        return raw != null;
    }
}
