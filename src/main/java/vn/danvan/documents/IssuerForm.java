package vn.danvan.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.danvan.shared.text.VietnameseText;

/**
 * A unit's abbreviation in document symbols and its place name, as the administrator types them.
 * The sizes are the columns' (V12, table {@code document_issuer}); the version is the one the page
 * showed (0 for a unit never set).
 */
record IssuerForm(
        @NotBlank @Size(max = 20)
        @Pattern(regexp = "[\\p{L}\\p{N}]{1,20}", message = "{documents.issuers.error.abbreviation}") String abbreviation,
        @Size(max = 100) String placeName,
        Long version) {

    static IssuerForm of(Issuers.IssuerRow row, String storedPlace) {
        return new IssuerForm(row.abbreviation(), storedPlace, row.version());
    }

    String cleanAbbreviation() {
        return VietnameseText.clean(abbreviation).toUpperCase(Layout.VIETNAMESE);
    }

    String cleanPlace() {
        return VietnameseText.clean(placeName);
    }
}
