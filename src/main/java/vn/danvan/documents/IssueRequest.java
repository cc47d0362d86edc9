package vn.danvan.documents;

import java.time.LocalDate;

/**
 * A request for the next number of the outgoing-document register: who issues, what type, on which
 * date (its year picks the series), the summary, the drafting unit for a công văn's symbol (may be
 * null), and the record the document belongs to (e.g. "ReportingPeriod", 7; both may be null).
 */
public record IssueRequest(long issuerUnitId, DocumentType type, LocalDate issuedOn, String summary,
        Long draftingUnitId, String referenceType, Long referenceId) {

    public static IssueRequest of(long issuerUnitId, DocumentType type, LocalDate issuedOn, String summary) {
        return new IssueRequest(issuerUnitId, type, issuedOn, summary, null, null, null);
    }

    public IssueRequest draftedBy(Long draftingUnit) {
        return new IssueRequest(issuerUnitId, type, issuedOn, summary, draftingUnit, referenceType, referenceId);
    }

    public IssueRequest about(String entityType, Long entityId) {
        return new IssueRequest(issuerUnitId, type, issuedOn, summary, draftingUnitId, entityType, entityId);
    }
}
