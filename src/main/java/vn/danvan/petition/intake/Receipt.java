package vn.danvan.petition.intake;

import java.time.LocalDate;

/**
 * What the citizen gets back: the tracking code, the citizen key ({@link CitizenKeys}, shown to them
 * alone) and the dates by which they will hear back.
 */
public record Receipt(long id, String code, String citizenKey, LocalDate acceptanceDue, LocalDate answerDue) {
}
