package vn.danvan.documents;

/**
 * How the signer signs (thẩm quyền ký, Decree 30/2020): on behalf of a collective body (TM.), in
 * the head's stead (KT.), as acting head (Q.), by the head's order (TL.), by authorisation (TUQ.), or
 * as the head in person (none).
 */
public enum SigningAuthority {
    NONE(""),
    ON_BEHALF_OF("TM."),
    DEPUTY_FOR("KT."),
    ACTING("Q."),
    BY_ORDER_OF("TL."),
    AUTHORISED_BY("TUQ.");

    private final String prefix;

    SigningAuthority(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
