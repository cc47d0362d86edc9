package vn.danvan.documents;

import java.time.LocalDate;

/** A number given by the register: its entry id, the series it belongs to and the printed number. */
public record IssuedNumber(long entryId, long issuerUnitId, DocumentType type, int year, int number,
        DocumentNumber documentNumber, LocalDate issuedOn) {

    /** "15/BC-UBND". */
    public String text() {
        return documentNumber.text();
    }
}
