package vn.danvan.attachment;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.danvan.shared.storage.FileStore;
import vn.danvan.shared.storage.StagingFolder;
import vn.danvan.shared.storage.StoredFile;

/**
 * The attachment files, under {@code attachments/} of the {@link FileStore} (the folder
 * {@code ${danvan.data-dir}/attachments}, or the bucket). An upload is first copied to the node's staging folder,
 * where its content is checked, and then kept whole as {@code yyyy/MM/<random uuid>}: the row's storage key, to
 * which the store adds its prefix. The sender's file name never becomes part of a key.
 */
@Component
class AttachmentStorage {

    static final String PREFIX = "attachments/";
    private static final Logger log = LoggerFactory.getLogger(AttachmentStorage.class);
    private static final DateTimeFormatter MONTH_FOLDER = DateTimeFormatter.ofPattern("yyyy/MM");

    private final FileStore store;
    private final StagingFolder staging;
    private final Clock clock;

    AttachmentStorage(FileStore store, StagingFolder staging, Clock clock) {
        this.store = store;
        this.staging = staging;
        this.clock = clock;
    }

    /** A new empty file in the staging folder. */
    Path newTempFile() {
        return staging.newFile("upload");
    }

    /** Keeps a staged file and returns its storage key ({@code yyyy/MM/uuid}). */
    String keep(Path staged) {
        String key = LocalDate.now(clock).format(MONTH_FOLDER) + "/" + UUID.randomUUID();
        store.put(storeKey(key), staged);
        return key;
    }

    /** The stored file, opened; a missing one throws {@link vn.danvan.shared.storage.StoredFileMissingException}. */
    StoredFile open(String key) {
        return store.open(storeKey(key));
    }

    boolean exists(String key) {
        return store.exists(storeKey(key));
    }

    /** Removes a kept file; used to undo a store whose transaction rolled back. */
    void deleteQuietly(String key) {
        try {
            store.delete(storeKey(key));
        } catch (RuntimeException e) {
            // a leftover file is harmless (no row points at it), but worth knowing about
            log.warn("Could not delete attachment file {}: {}", key, e.toString());
        }
    }

    /** Removes a staged file that will not be kept. */
    void discardStaged(Path staged) {
        StagingFolder.deleteQuietly(staged);
    }

    /** The store's key of a row's storage key. */
    static String storeKey(String key) {
        return PREFIX + key;
    }
}
