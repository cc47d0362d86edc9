package vn.danvan.planning;

import java.time.LocalDate;

/**
 * A guiding document (văn bản chỉ đạo) of clause 1c: a Party or State document, or one of the
 * province or the district, that plans implement and cite. {@code demo} marks the rows the demo
 * loaded whose wording was not checked against the original.
 */
record GuidingDocument(long id, String numberSymbol, LocalDate issuedOn, String issuer, String summary,
        boolean active, String retiredReason, boolean demo, long version) {

    /** "02/CT-UBND (05/04/2018)": how a selection list and an item show it. */
    public String label() {
        return numberSymbol + " (" + issuedOn.format(vn.danvan.shared.DanVanTime.DATE) + ")";
    }
}
