package vn.danvan.shared.web;

import java.util.List;

/**
 * Input that breaks one or more rules ({@link Problem}s). A form controller shows them next to their
 * fields ({@link Forms#reject}); otherwise the request is answered 400 with their texts, a page in
 * the visitor's language or JSON for the API.
 */
public class InvalidRequestException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidRequestException(String messageKey, Object... arguments) {
        this(List.of(Problem.of(messageKey, arguments)));
    }

    public InvalidRequestException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid request" : problems.get(0).messageKey(), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** A rule broken by the value of one form field. */
    public static InvalidRequestException onField(String field, String messageKey, Object... arguments) {
        return new InvalidRequestException(List.of(Problem.on(field, messageKey, arguments)));
    }

    /** Throws when there is any problem. */
    public static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The key of the first problem. */
    public String messageKey() {
        return problems.get(0).messageKey();
    }

    /** The field of the first problem, or null when it concerns the whole request. */
    public String field() {
        return problems.get(0).field();
    }

    /** The arguments of the first problem's message. */
    public Object[] arguments() {
        return problems.get(0).arguments();
    }
}
