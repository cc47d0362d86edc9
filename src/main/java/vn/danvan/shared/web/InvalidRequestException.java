package vn.danvan.shared.web;

/**
 * A request that breaks a rule or carries bad input. The message is a message-bundle key; the web
 * layer answers 400 with the resolved Vietnamese (or English) text, or shows it next to the form
 * field it names.
 */
public class InvalidRequestException extends RuntimeException {

    private final String field;
    private final transient Object[] arguments;

    public InvalidRequestException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private InvalidRequestException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.arguments = arguments;
    }

    /** A rule broken by the value of one form field. */
    public static InvalidRequestException onField(String field, String messageKey, Object... arguments) {
        return new InvalidRequestException(field, messageKey, arguments);
    }

    public String messageKey() {
        return getMessage();
    }

    /** The form field at fault, or null when the rule concerns the whole request. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments;
    }
}
