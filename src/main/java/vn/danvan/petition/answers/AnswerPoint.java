package vn.danvan.petition.answers;

import java.math.BigDecimal;

/**
 * A published answer as a marker of the portal's map: what the answer's page shows anybody (its code and title) and
 * where, with the address of that page; never anything of the petitioner.
 */
record AnswerPoint(String code, String title, BigDecimal latitude, BigDecimal longitude, String url) {
}
