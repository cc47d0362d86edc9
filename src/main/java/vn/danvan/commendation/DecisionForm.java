package vn.danvan.commendation;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The leader's decision on every entry of the list, by the entry's id ({@code decision[12]=STRUCK},
 * {@code reason[12]=...}): approved, or struck with a reason (column of V24); and the round's version
 * the page showed.
 */
record DecisionForm(
        Map<Long, Entry.Decision> decision,
        Map<Long, @Size(max = 2000) String> reason,
        @NotNull Long version) {

    /** Nothing chosen reads as empty (the page draws each entry's fields from these). */
    DecisionForm {
        decision = decision == null ? Map.of() : decision;
        reason = reason == null ? Map.of() : reason;
    }
}
