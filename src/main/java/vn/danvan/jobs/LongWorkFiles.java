package vn.danvan.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The jobs' files under {@code ${danvan.data-dir}/long-work/<job id>/}: a run writes to a new staging file,
 * which is moved in one step to its final name when the job ends well, so that a download never sees half a
 * file and a run started again after a crash never appends to the dead run's file.
 */
@Component
class LongWorkFiles {

    private static final Logger log = LoggerFactory.getLogger(LongWorkFiles.class);

    private final Path root;

    LongWorkFiles(@Value("${danvan.data-dir:./data}") Path dataDir) {
        this.root = dataDir.resolve("long-work").toAbsolutePath().normalize();
    }

    /** A new empty staging file for a run of the job; what earlier runs left is removed. */
    Path newStaging(long jobId) {
        try {
            Path folder = Files.createDirectories(folder(jobId));
            try (Stream<Path> old = Files.list(folder)) {
                old.filter(p -> p.getFileName().toString().endsWith(".part")).forEach(this::deleteQuietly);
            }
            return Files.createTempFile(folder, "run-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the staging file of job " + jobId, e);
        }
    }

    /** Moves the staged file to its final place; its storage key. */
    String keep(long jobId, Path staged) {
        Path folder = folder(jobId);
        if (!staged.toAbsolutePath().normalize().startsWith(folder)) {
            throw new IllegalArgumentException("The result of job " + jobId + " is not its staging file");
        }
        String key = jobId + "/" + UUID.randomUUID();
        try {
            try {
                Files.move(staged, resolve(key), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, resolve(key));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the result of job " + jobId, e);
        }
        return key;
    }

    InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    long size(String key) throws IOException {
        return Files.size(resolve(key));
    }

    /** Removes the job's folder and everything in it. */
    void remove(long jobId) {
        Path folder = folder(jobId);
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(this::deleteQuietly);
        } catch (IOException e) {
            log.warn("Could not remove the files of job {}: {}", jobId, e.toString());
        }
    }

    void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.toString());
        }
    }

    private Path folder(long jobId) {
        return root.resolve(Long.toString(jobId));
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Storage key outside the jobs folder: " + key);
        }
        return path;
    }
}
