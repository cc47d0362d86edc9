package vn.danvan.shared.web;

import jakarta.validation.constraints.NotNull;

/**
 * A button that changes a record without anything typed (submit, publish, approve...): it carries
 * the version of the record the page showed, so a change made meanwhile by someone else is refused
 * instead of overwritten. Nobody types it, so a missing or tampered version is a 400 page
 * ({@link Forms#requireValid}).
 */
public record ActionForm(@NotNull Long version) {
}
