package vn.danvan.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.danvan.shared.DanVanTime;

/**
 * A document that set a year's calendar (văn bản căn cứ): the Labour Code, the Prime Minister's
 * decision passed on by the Government Office, the ministry's notice. {@code position} orders the
 * documents of a year. A number or date that could not be checked against the document itself is
 * null, and {@code note} says what is to be checked; the citation then names the kind and the issuer
 * only ("Thông báo của Bộ ..."), never an invented number. Table {@code calendar_source} (V29).
 */
record SourceDocument(long id, int year, int position, String kind, String number, LocalDate issuedOn,
        String issuer, String subject, String note, long version) {

    /** The message key of the citation, by what is known of the document. */
    public String citationKey() {
        if (number == null) {
            return "calendar.source.citationUnnumbered";
        }
        return issuedOn == null ? "calendar.source.citationUndated" : "calendar.source.citation";
    }

    /** The arguments of {@link #citationKey()}: kind, number, date (dd/MM/yyyy), issuer. */
    public Object[] citationArguments() {
        return new Object[] {kind, number, issuedOnText(), issuer};
    }

    /** The date as written in Viet Nam (dd/MM/yyyy), or null when not known. */
    public String issuedOnText() {
        return issuedOn == null ? null : DanVanTime.DATE.format(issuedOn);
    }

    Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("year", year);
        fields.put("position", position);
        fields.put("kind", kind);
        fields.put("number", number);
        fields.put("issuedOn", issuedOn);
        fields.put("issuer", issuer);
        fields.put("subject", subject);
        fields.put("note", note);
        return fields;
    }
}
