package vn.danvan.planning;

import java.time.LocalDate;

/** A receiving unit's line of a distribution, with its state as of the day it was read. */
record DistributionRecipient(long id, long distributionId, long unitId, String unitName, LocalDate acknowledgedOn,
        LocalDate disseminatedOn, DisseminationWay way, Integer attendance, String note, long version,
        RecipientState state) {
}
