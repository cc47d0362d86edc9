package vn.danvan.consultation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A consultation as staff and the portal see it; nothing in it tells how any household voted. */
public record Consultation(long id, long unitId, String unitName, String title, String description,
        ConsultationKind kind, boolean wholeUnit, LocalDate opensOn, LocalDate closesOn, boolean liveTally,
        ConsultationStatus status, Integer householdsInScope, String decisionText, String decisionNumber,
        LocalDate decisionDate, OffsetDateTime publishedAt, long version) {

    /** Option counts may be shown: after the close, or all along when the unit chose a live tally. */
    public boolean tallyVisible() {
        return status.ended() || liveTally && status == ConsultationStatus.OPEN;
    }

    public boolean decide() {
        return kind == ConsultationKind.DECIDE;
    }
}
