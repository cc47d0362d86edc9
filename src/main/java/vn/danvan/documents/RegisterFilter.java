package vn.danvan.documents;

/** The register screen's filters; each may be empty. */
record RegisterFilter(Long issuerUnitId, DocumentType type, Integer year) {
}
