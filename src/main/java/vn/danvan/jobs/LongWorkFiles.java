package vn.danvan.jobs;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.danvan.shared.storage.FileStore;
import vn.danvan.shared.storage.StagingFolder;
import vn.danvan.shared.storage.StoredFile;

/**
 * The jobs' files, under {@code long-work/<job id>/} of the {@link FileStore} (the folder
 * {@code ${danvan.data-dir}/long-work}, or the bucket), so that whichever node serves the download finds the file
 * whichever node ran the job. A run writes to a new staging file on its node's disk, which is kept in the store
 * under a new name when the job ends well, so that a download never sees half a file and a run started again after
 * a crash never appends to the dead run's file.
 */
@Component
class LongWorkFiles {

    static final String PREFIX = "long-work/";

    private final FileStore store;
    private final StagingFolder staging;

    LongWorkFiles(FileStore store, StagingFolder staging) {
        this.store = store;
        this.staging = staging;
    }

    /** A new empty staging file for a run of the job; what earlier runs left on this node is removed. */
    Path newStaging(long jobId) {
        staging.deleteAll(stagingName(jobId));
        return staging.newFile(stagingName(jobId));
    }

    /** Keeps the staged file in the store; its storage key ({@code <job id>/<uuid>}). */
    String keep(long jobId, Path staged) {
        if (!staging.holds(staged, stagingName(jobId))) {
            throw new IllegalArgumentException("The result of job " + jobId + " is not its staging file");
        }
        String key = jobId + "/" + UUID.randomUUID();
        store.put(PREFIX + key, staged);
        return key;
    }

    /** The kept file, opened; a missing one throws {@link vn.danvan.shared.storage.StoredFileMissingException}. */
    StoredFile open(String key) {
        return store.open(PREFIX + key);
    }

    /** Removes the job's files from the store and its staging files from this node. */
    void remove(long jobId) {
        store.deleteAll(PREFIX + jobId + "/");
        staging.deleteAll(stagingName(jobId));
    }

    void deleteQuietly(Path staged) {
        StagingFolder.deleteQuietly(staged);
    }

    private static String stagingName(long jobId) {
        return "long-work-" + jobId;
    }
}
