package vn.danvan.news;

/** A rule broken by a form's input: the field at fault and the message key, with its arguments. */
public record Problem(String field, String messageKey, Object... arguments) {

    public Problem(String field, String messageKey) {
        this(field, messageKey, new Object[0]);
    }
}
