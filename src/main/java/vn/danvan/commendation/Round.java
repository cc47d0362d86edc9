package vn.danvan.commendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import vn.danvan.organisation.UnitKind;

/** A commendation round (đợt khen thưởng) of a year. */
record Round(long id, int year, List<String> collectiveTitles, List<String> individualTitles, Set<UnitKind> unitKinds,
        int places, RoundState state, String openedBy, OffsetDateTime rankedAt, LocalDate rankedTo,
        OffsetDateTime submittedAt, OffsetDateTime decidedAt, String decidedBy, String returnReason, long version) {

    boolean ranked() {
        return rankedAt != null;
    }
}
