package vn.danvan.planning;

import jakarta.validation.constraints.Size;

/** Evidence as typed: a petition's tracking code, or an internal link and its label. */
record EvidenceForm(
        @Size(max = 40, message = "{validation.size.max}") String petitionCode,
        @Size(max = 1000, message = "{validation.size.max}") String url,
        @Size(max = 300, message = "{validation.size.max}") String label) {

    static EvidenceForm empty() {
        return new EvidenceForm(null, null, null);
    }
}
