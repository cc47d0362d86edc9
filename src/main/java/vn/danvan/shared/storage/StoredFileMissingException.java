package vn.danvan.shared.storage;

import vn.danvan.shared.web.NotFoundException;

/**
 * A record points at a stored file that is not in the store: removed from the folder or the bucket by hand, lost
 * with a disk, or written on another node's own disk. The web layer answers 404 and logs an ERROR with the key
 * (keys are random and carry nobody's data), since a file that should be there is not.
 */
public class StoredFileMissingException extends NotFoundException {

    private final String key;

    public StoredFileMissingException(String key) {
        super("stored file", key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
