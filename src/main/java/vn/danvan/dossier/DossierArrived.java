package vn.danvan.dossier;

import java.time.LocalDate;

/**
 * A dossier became a unit's work: received at its counter or transferred to it ({@code how} names the arrival
 * in the notice key); {@code byAccountId} is who did it, not told of their own act.
 */
public record DossierArrived(long dossierId, long unitId, String how, long byAccountId, LocalDate on) {
}
