package vn.danvan.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The form that records a document that set a year's calendar, as typed: its kind ("Thông báo",
 * "Công văn"...), number and date when known (left empty rather than guessed), issuer, what it set,
 * a note (for example what is still to be checked), and the version of the year the page showed.
 * Sizes are those of table {@code calendar_source} (V29).
 */
record SourceForm(
        @NotBlank(message = "{calendar.error.kindOfDocumentRequired}")
        @Size(max = 60, message = "{calendar.error.tooLong}") String kind,
        @Size(max = 60, message = "{calendar.error.tooLong}") String number,
        LocalDate issuedOn,
        @NotBlank(message = "{calendar.error.issuerRequired}")
        @Size(max = 200, message = "{calendar.error.tooLong}") String issuer,
        @NotBlank(message = "{calendar.error.subjectRequired}")
        @Size(max = 500, message = "{calendar.error.tooLong}") String subject,
        @Size(max = 300, message = "{calendar.error.tooLong}") String note,
        Long version) {

    static SourceForm empty(Long version) {
        return new SourceForm(null, null, null, null, null, null, version);
    }

    SourceDocument document(int year) {
        return new SourceDocument(0, year, 0, kind, number, issuedOn, issuer, subject, note, 0);
    }
}
