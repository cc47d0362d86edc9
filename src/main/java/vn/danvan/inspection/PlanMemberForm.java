package vn.danvan.inspection;

import jakarta.validation.constraints.NotNull;

/** A person added to a draft plan's team, as its lead or not. */
record PlanMemberForm(
        @NotNull(message = "{inspection.error.personRequired}") Long personId,
        Boolean lead) {
}
