package vn.danvan.dossier;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * A dossier as staff see it, the applicant's personal data included. Never put on a public page. The
 * receipt slip's fields (V32) may be null on dossiers received or imported before them.
 */
record Dossier(long id, String code, long procedureId, String procedureCode, String procedureName,
        int timeLimit, long unitId, String unitName, String applicantName, String applicantPhone,
        String applicantAddress, OffsetDateTime receivedAt, String receivedByName, LocalDate dueDate, DossierState state,
        String missingDocuments, String refusalReason, OffsetDateTime returnedAt, LocalDate apologyNewDate,
        String apologyReason, OffsetDateTime apologyIssuedAt, String apologyIssuedByName, String applicantEmail,
        String documentsReceived, Integer setsCount, LocalTime returnTime, String returnPlace, String registerBook,
        Integer registerLine, long version) {

    /** Returned, and on or before the appointment date; null while not returned. */
    public Boolean onTime() {
        if (state != DossierState.RETURNED || returnedAt == null) {
            return null;
        }
        return DossierRules.onTime(returnedAt.atZoneSameInstant(vn.danvan.shared.DanVanTime.ZONE).toLocalDate(),
                dueDate);
    }

    public boolean apologised() {
        return apologyIssuedAt != null;
    }

    /** Still open on a day after its appointment date. */
    public boolean lateOn(LocalDate today) {
        return DossierRules.late(state, dueDate, today);
    }
}
