package vn.danvan.documents;

import java.util.List;

/**
 * What the author of a document writes: the summary (trích yếu), the body, the signature block
 * and the recipients. {@link OfficialDocuments} puts it under the issuer's header, number and date.
 */
public record DocumentContent(String summary, List<Block> body, Signature signature, Recipients recipients) {

    public DocumentContent {
        body = List.copyOf(body);
    }
}
