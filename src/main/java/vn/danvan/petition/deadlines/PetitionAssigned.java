package vn.danvan.petition.deadlines;

import java.time.LocalDate;

/** A petition was assigned to an officer (the account) on the day. */
public record PetitionAssigned(long petitionId, long accountId, LocalDate on) {
}
