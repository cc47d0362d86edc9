package vn.danvan.shared.storage;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Where DanVan keeps the files that outlive a request and are downloaded again (kho tệp): attachments under
 * {@code attachments/}, the files of background jobs under {@code long-work/}. One store serves every node: the
 * local folder {@code ${danvan.data-dir}} on a single node (the default), an S3-compatible bucket when
 * {@code danvan.storage.kind=s3}, so that a file written through one node is read through any other.
 *
 * <p>A key is a relative path of lower-risk characters ({@code [A-Za-z0-9._-]} segments joined by {@code /}, no
 * {@code .} or {@code ..} segment): it names a file of the store and never a place outside it. Files are written
 * whole from a staged local file or a stream of known length, and a reader never sees half a file.
 */
public interface FileStore {

    /**
     * Keeps the staged local file under the key, taking it: afterwards it is no longer at its path (moved in one
     * step into the local folder, or uploaded and then deleted).
     */
    void put(String key, Path staged);

    /** Keeps {@code length} bytes read from the stream under the key; fewer or more bytes is an error. */
    void put(String key, InputStream content, long length);

    /**
     * The stored file, opened, with its length; the caller closes it. Opening comes before anything is sent to a
     * browser, so that a missing file is answered 404, never 200 with a length and no body.
     *
     * @throws StoredFileMissingException when no file has the key (removed from the folder or the bucket, or
     *         never written)
     */
    StoredFile open(String key);

    /** Whether a file has the key. */
    boolean exists(String key);

    /** Removes the file if it is there; whether it was. */
    void delete(String key);

    /** Every file whose key starts with the prefix (which ends with {@code /}), with its size, in key order. */
    List<StoredObject> list(String prefix);

    /** Removes every file whose key starts with the prefix (which ends with {@code /}); how many. */
    int deleteAll(String prefix);

    /**
     * Checks that the store can be reached now (the folder is there and writable, the bucket answers); throws
     * {@link StorageUnavailableException} saying what is wrong. The health endpoint and start-up ask it.
     */
    void check();

    /** What the store is, for a log line or a message: its kind and place, never a secret. */
    String describe();
}
