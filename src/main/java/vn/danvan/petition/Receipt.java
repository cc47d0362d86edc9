package vn.danvan.petition;

import java.time.LocalDate;

/** What the citizen gets back: the tracking code and the dates by which they will hear back. */
record Receipt(long id, String code, LocalDate acceptanceDue, LocalDate answerDue) {
}
