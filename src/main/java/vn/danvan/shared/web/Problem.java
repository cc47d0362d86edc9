package vn.danvan.shared.web;

/**
 * A rule broken by input, the one kind every module reports: the form field at fault (null when the
 * rule concerns the whole form), the message-bundle key and its arguments. A form shows it next to
 * its field ({@link Forms#reject}); a request without a form answers 400 with its text
 * ({@link InvalidRequestException}). Serializable, so that a redirect may carry it in the (JDBC)
 * session's flash attributes; its arguments are text, numbers or message resolvables.
 */
public record Problem(String field, String messageKey, Object... arguments) implements java.io.Serializable {

    /** A rule broken by the value of one field. */
    public static Problem on(String field, String messageKey, Object... arguments) {
        return new Problem(field, messageKey, arguments);
    }

    /** A rule broken by the form as a whole. */
    public static Problem of(String messageKey, Object... arguments) {
        return new Problem(null, messageKey, arguments);
    }
}
