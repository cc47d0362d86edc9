package vn.danvan.documents;

import java.util.List;

/**
 * An administrative document (văn bản hành chính) in the parts and order of Decree 30/2020/NĐ-CP:
 * the issuing body and the national motto side by side, the number and the place and date line,
 * the type and summary (for a công văn the summary "V/v ..." under the number), the body, the
 * signature block and the recipients. {@link OfficialDocuments} renders it to DOCX and PDF. A second
 * signature (may be null) prints on the left beside the main one, the recipients then under both.
 */
public record OfficialDocument(IssuingBody issuer, DocumentType type, DocumentNumber number,
        PlaceAndDate placeAndDate, String summary, List<Block> body, Signature signature, Recipients recipients,
        Signature secondSignature) {

    /** Fixed wording of the national motto (quốc hiệu và tiêu ngữ). */
    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    public OfficialDocument {
        body = List.copyOf(body);
    }

    public OfficialDocument(IssuingBody issuer, DocumentType type, DocumentNumber number, PlaceAndDate placeAndDate,
            String summary, List<Block> body, Signature signature, Recipients recipients) {
        this(issuer, type, number, placeAndDate, summary, body, signature, recipients, null);
    }

    /** The summary as printed: under the type name, or "V/v ..." under the number of a công văn. */
    public String printedSummary() {
        if (summary == null || summary.isBlank()) {
            return null;
        }
        return type.isLetter() && !summary.startsWith("V/v") ? "V/v " + summary : summary;
    }
}
