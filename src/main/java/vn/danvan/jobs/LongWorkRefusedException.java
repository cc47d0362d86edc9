package vn.danvan.jobs;

/**
 * Thrown by a handler when the work cannot be done as things now stand (what it works on moved on since the job
 * was started, say): the job fails with this message for its owner (a message key without arguments) instead of
 * the system error's, and nothing of its writes is kept.
 */
public class LongWorkRefusedException extends RuntimeException {

    private final String messageKey;

    public LongWorkRefusedException(String messageKey) {
        super(messageKey, null, false, false);
        if (messageKey == null || messageKey.isBlank() || messageKey.length() > 120) {
            throw new IllegalArgumentException("A refused job needs a message key of at most 120 characters");
        }
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
