package vn.danvan.petition.handling;

import java.time.OffsetDateTime;

/** A step of a petition's status history; {@code notePublic} when the officer made its note public. */
record StepView(OffsetDateTime at, String actor, String action, PetitionStatus from, PetitionStatus to,
        String note, boolean visibleToPublic, boolean notePublic) {

    public String actionKey() {
        return "petition.action." + action;
    }
}
