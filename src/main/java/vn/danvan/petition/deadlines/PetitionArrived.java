package vn.danvan.petition.deadlines;

import java.time.LocalDate;

/**
 * A petition became its unit's work (received, transferred or routed to it; {@code unitId} is null only in events
 * stored before petitions still to be routed were told to Home Affairs together). {@code how} names the arrival in
 * the notice key, so that each arrival is told once; {@code byUsername} recorded it (null: nobody of the unit), not
 * told of their own act.
 */
public record PetitionArrived(long petitionId, Long unitId, String how, LocalDate on, String byUsername) {
}
