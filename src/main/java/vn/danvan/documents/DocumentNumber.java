package vn.danvan.documents;

/**
 * The number and symbol of a document (số, ký hiệu): "15/BC-UBND", "02/QĐ-UBND", or for a công
 * văn the issuer and the drafting unit, "15/UBND-NV". Decree 30/2020 writes numbers below 10 with a
 * leading zero. A document not yet registered prints its symbol after a blank, as officials leave the
 * number blank until the document is signed: "Số:      /BC-UBND".
 */
public record DocumentNumber(Integer number, String symbol) {

    static final String BLANK = "      ";

    public DocumentNumber {
        if (number != null && number < 1) {
            throw new IllegalArgumentException("document numbers start at 1");
        }
    }

    /**
     * The symbol after the slash: type abbreviation and issuer ("BC-UBND"), or for a công văn the
     * issuer and, when given, the drafting unit ("UBND-NV").
     */
    public static String symbol(DocumentType type, String issuer, String draftingUnit) {
        StringBuilder s = new StringBuilder();
        if (!type.isLetter()) {
            s.append(type.abbreviation()).append('-');
        }
        s.append(issuer);
        if (type.isLetter() && draftingUnit != null && !draftingUnit.isBlank()) {
            s.append('-').append(draftingUnit);
        }
        return s.toString();
    }

    public static DocumentNumber of(int number, DocumentType type, String issuer, String draftingUnit) {
        return new DocumentNumber(number, symbol(type, issuer, draftingUnit));
    }

    /** A document printed before it is registered: the number left blank. */
    public static DocumentNumber blank(DocumentType type, String issuer, String draftingUnit) {
        return new DocumentNumber(null, symbol(type, issuer, draftingUnit));
    }

    /** "15/BC-UBND", or "      /BC-UBND" without a number. */
    public String text() {
        return (number == null ? BLANK : number < 10 ? "0" + number : String.valueOf(number)) + "/" + symbol;
    }

    /** The line printed under the issuing body: "Số: 15/BC-UBND". */
    public String line() {
        return "Số: " + text();
    }
}
