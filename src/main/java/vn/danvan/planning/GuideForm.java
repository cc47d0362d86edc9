package vn.danvan.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.danvan.shared.DanVanTime;

/** A guiding document as typed; the date stays text so that a wrong date comes back as typed. */
record GuideForm(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}") String numberSymbol,
        @NotBlank(message = "{validation.required}") String issuedOn,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") String issuer,
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.size.max}") String summary,
        long version) {

    static GuideForm empty() {
        return new GuideForm(null, null, null, null, 0);
    }

    static GuideForm of(GuidingDocument d) {
        return new GuideForm(d.numberSymbol(), d.issuedOn().format(DanVanTime.DATE), d.issuer(), d.summary(),
                d.version());
    }
}
