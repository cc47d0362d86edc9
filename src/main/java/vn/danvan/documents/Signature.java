package vn.danvan.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.danvan.shared.text.TypedText;

/**
 * A signature block: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH", or "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", an optional
 * italic note under them ("(Ký, ghi rõ họ tên)" on slips and minutes), room for the signature and seal,
 * then the signer's full name. Title lines print in bold capitals; {@code authorityLine} is ignored when
 * the signer signs in person. A name not known when the document is printed leaves a dotted line for
 * the signer to write it by hand, never an empty space.
 */
public record Signature(SigningAuthority authority, String authorityLine, String position, String signerName,
        String note) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** What a name not yet known prints as. */
    public static final String NAME_TO_WRITE = "……………………………";

    public Signature {
        authority = authority == null ? SigningAuthority.NONE : authority;
        signerName = TypedText.of(signerName);
        note = TypedText.of(note);
    }

    public Signature(SigningAuthority authority, String authorityLine, String position, String signerName) {
        this(authority, authorityLine, position, signerName, null);
    }

    /** The same block with an italic note under the title lines. */
    public Signature withNote(String text) {
        return new Signature(authority, authorityLine, position, signerName, text);
    }

    /** The bold capital lines above the space for the signature. */
    public List<String> titleLines() {
        List<String> lines = new ArrayList<>();
        if (authority != SigningAuthority.NONE && authorityLine != null && !authorityLine.isBlank()) {
            lines.add(authority.prefix() + " " + authorityLine.toUpperCase(VIETNAMESE));
        }
        if (position != null && !position.isBlank()) {
            lines.add(position.toUpperCase(VIETNAMESE));
        }
        return lines;
    }

    /** The name line under the space for the signature: the full name, or a dotted line to write it on. */
    public String nameLine() {
        return signerName == null ? NAME_TO_WRITE : signerName;
    }

    public boolean named() {
        return signerName != null;
    }
}
