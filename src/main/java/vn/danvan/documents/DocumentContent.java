package vn.danvan.documents;

import java.util.List;

/**
 * What the author of a document writes: the summary (trích yếu), the body, the signature block and the
 * recipients. {@link OfficialDocuments} puts it under the issuer's header, number and date. A document
 * signed by two people (minutes: the secretary and the chair; a receipt slip: the applicant and the
 * receiving officer) has a {@code secondSignature}, printed on the left beside the main one; it may be
 * null.
 */
public record DocumentContent(String summary, List<Block> body, Signature signature, Recipients recipients,
        Signature secondSignature) {

    public DocumentContent {
        body = List.copyOf(body);
    }

    public DocumentContent(String summary, List<Block> body, Signature signature, Recipients recipients) {
        this(summary, body, signature, recipients, null);
    }
}
