package vn.danvan.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The signature block at the bottom right: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH", or "KT. CHỦ TỊCH" /
 * "PHÓ CHỦ TỊCH", room for the signature and seal, then the signer's name. Lines print in bold
 * capitals; {@code authorityLine} is ignored when the signer signs in person.
 */
public record Signature(SigningAuthority authority, String authorityLine, String position, String signerName) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public Signature {
        authority = authority == null ? SigningAuthority.NONE : authority;
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
}
