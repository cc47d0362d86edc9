package vn.danvan.disclosure;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import vn.danvan.organisation.UnitKind;

/**
 * An item of the disclosure catalogue: what must be made public ({@code title}), its legal basis, the forms the law
 * allows, how often it falls due, within how many days of its basis day it must be public, how many days it must
 * stay public at least, and the kinds of unit that must disclose it.
 */
record CatalogueItem(long id, String code, String title, String legalBasis, Set<DisclosureChannel> channels,
        Cadence cadence, int discloseWithinDays, int keepPublicDays, Set<UnitKind> unitKinds, int position,
        boolean active, long version) {

    CatalogueItem {
        channels = channels.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(channels));
        unitKinds = unitKinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(unitKinds));
    }

    boolean appliesTo(UnitKind kind) {
        return active && unitKinds.contains(kind);
    }
}
