package vn.danvan.organisation.localgovernment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.organisation.LocalGovernment;

/**
 * The local government as the administrator types it; sizes are the columns' (V31, table
 * {@code local_government}); the version is the one the page showed (0 when none was stored).
 */
record LocalGovernmentForm(
        @NotNull Long committeeUnitId,
        @NotNull Long homeAffairsUnitId,
        Long frontUnitId,
        @Size(max = 200) String partyCommittee,
        @NotBlank @Size(max = 200) String locality,
        @Size(max = 1000) String directiveBasis,
        @Size(max = 2000) String reportRecipients,
        Long version) {

    static LocalGovernmentForm of(LocalGovernment g) {
        return new LocalGovernmentForm(g.committee().id(), g.homeAffairs().id(),
                g.front() == null ? null : g.front().id(), g.partyCommittee(), g.locality(), g.directiveBasis(),
                String.join("\n", g.reportRecipients()), g.version());
    }

    LocalGovernments.Stored toStored() {
        return new LocalGovernments.Stored(committeeUnitId, homeAffairsUnitId, frontUnitId,
                TypedText.of(partyCommittee), VietnameseText.clean(locality), TypedText.of(directiveBasis),
                TypedText.of(String.join("\n", LocalGovernment.lines(reportRecipients))), version == null ? 0 : version);
    }
}
