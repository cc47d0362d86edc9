package vn.danvan.planning;

import jakarta.validation.constraints.Size;

/** Evidence as typed: a petition's tracking code, or an internal link and its label (plan_item_evidence, V13). */
record EvidenceForm(
        @Size(max = 40) String petitionCode,
        @Size(max = 1000) String url,
        @Size(max = 300) String label) {

    static EvidenceForm empty() {
        return new EvidenceForm(null, null, null);
    }
}
