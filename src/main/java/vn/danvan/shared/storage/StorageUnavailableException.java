package vn.danvan.shared.storage;

/**
 * The store cannot be reached or refused an operation (the bucket is unreachable or unknown, the keys are wrong,
 * the disk is full): a failure of the installation, never of what a user typed. Its message names the store and
 * the reason, never a secret.
 */
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageUnavailableException(String message) {
        super(message);
    }
}
