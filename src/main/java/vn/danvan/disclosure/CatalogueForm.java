package vn.danvan.disclosure;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.organisation.UnitKind;

/** A catalogue item as Home Affairs types it (V48 column sizes; days within the table's checks). */
record CatalogueForm(
        @NotBlank(message = "{disclosure.item.error.codeRequired}")
        @Size(max = 20, message = "{disclosure.item.error.codeTooLong}") String code,
        @NotBlank(message = "{disclosure.item.error.titleRequired}")
        @Size(max = 500, message = "{disclosure.item.error.titleTooLong}") String title,
        @NotBlank(message = "{disclosure.item.error.legalBasisRequired}")
        @Size(max = 500, message = "{disclosure.item.error.legalBasisTooLong}") String legalBasis,
        @NotEmpty(message = "{disclosure.item.error.channelsRequired}") List<DisclosureChannel> channels,
        @NotNull(message = "{disclosure.item.error.cadenceRequired}") Cadence cadence,
        @NotNull(message = "{disclosure.item.error.withinDays}") @Min(value = 0, message = "{disclosure.item.error.withinDays}")
        @Max(value = 366, message = "{disclosure.item.error.withinDays}") Integer discloseWithinDays,
        @NotNull(message = "{disclosure.item.error.keepDays}") @Min(value = 0, message = "{disclosure.item.error.keepDays}")
        @Max(value = 3660, message = "{disclosure.item.error.keepDays}") Integer keepPublicDays,
        @NotEmpty(message = "{disclosure.item.error.unitKindsRequired}") List<UnitKind> unitKinds,
        Boolean active,
        Long version) {

    static CatalogueForm blank() {
        return new CatalogueForm(null, null, null, List.of(), Cadence.PER_EVENT, 2, 30,
                List.of(UnitKind.COMMUNE_COMMITTEE), true, null);
    }

    static CatalogueForm of(CatalogueItem i) {
        return new CatalogueForm(i.code(), i.title(), i.legalBasis(), i.channels().stream().sorted().toList(),
                i.cadence(), i.discloseWithinDays(), i.keepPublicDays(), i.unitKinds().stream().sorted().toList(),
                i.active(), i.version());
    }
}
