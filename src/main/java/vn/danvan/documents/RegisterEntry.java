package vn.danvan.documents;

import java.time.LocalDate;

/** A line of the outgoing-document register as the register screen shows it. */
record RegisterEntry(long id, long issuerUnitId, String issuer, DocumentType type, int year, int number,
        String symbol, LocalDate issuedOn, String summary, String issuedBy) {
}
