package vn.danvan.disclosure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A content a unit has to make public and, once done, how it was: the catalogue item it falls under, what it is,
 * its basis and due days, then the summary, the forms, the public period and who recorded it; {@code state} as of
 * the day it was read.
 */
record Disclosure(long id, long unitId, String unitName, long itemId, String itemCode, String itemTitle,
        String title, LocalDate basisDate, LocalDate dueDate, String summary, Set<DisclosureChannel> channels,
        LocalDate publicFrom, LocalDate publicTo, String disclosedBy, OffsetDateTime disclosedAt, long version,
        DisclosureState state) {

    Disclosure {
        channels = channels.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(channels));
    }
}
