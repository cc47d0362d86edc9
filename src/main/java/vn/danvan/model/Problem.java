package vn.danvan.model;

/** A rule broken by a form's input: the field at fault (null for the whole form) and the message key. */
public record Problem(String field, String messageKey, Object... arguments) {
}
