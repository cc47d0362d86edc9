package vn.danvan.shared.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files being written or checked before they are kept: {@code ${danvan.data-dir}/tmp} on this node's own disk,
 * whatever the store. An upload is copied here and its content checked (type, size, hash) before it is put into
 * the store; a job writes its result here and puts it into the store when it ends well. On the same file system
 * as the local store, so that keeping a file there is one atomic move.
 */
@Component
public class StagingFolder {

    private static final Logger log = LoggerFactory.getLogger(StagingFolder.class);

    private final Path root;

    public StagingFolder(@Value("${danvan.data-dir:./data}") Path dataDir) {
        this.root = dataDir.resolve("tmp").toAbsolutePath().normalize();
    }

    /** A new empty file named {@code <name>-<random>.part}; {@code name} is a key segment. */
    public Path newFile(String name) {
        if (!StorageKeys.valid(name) || name.contains("/")) {
            throw new IllegalArgumentException("Not a staging name: " + name);
        }
        try {
            return Files.createTempFile(Files.createDirectories(root), name + "-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a staging file in " + root, e);
        }
    }

    /** Whether the file is one of this folder's staging files whose name starts with {@code name + "-"}. */
    public boolean holds(Path file, String name) {
        Path normal = file.toAbsolutePath().normalize();
        return normal.getParent() != null && normal.getParent().equals(root)
                && normal.getFileName().toString().startsWith(name + "-");
    }

    /** Deletes the staging files whose name starts with {@code name + "-"} (left by an earlier run). */
    public void deleteAll(String name) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root, name + "-*.part")) {
            files.forEach(StagingFolder::deleteQuietly);
        } catch (IOException e) {
            log.warn("Could not list the staging folder {}: {}", root, e.toString());
        }
    }

    /** Removes a staging file if it is there. */
    public static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.toString());
        }
    }

    Path root() {
        return root;
    }
}
