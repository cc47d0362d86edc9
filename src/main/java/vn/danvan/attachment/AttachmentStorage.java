package vn.danvan.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The attachment files under {@code ${danvan.data-dir}/attachments}. A file is first written to
 * {@code tmp/} and then moved in one step to {@code yyyy/MM/<random uuid>}, so a reader never sees
 * half a file. The sender's file name never becomes part of a path.
 */
@Component
class AttachmentStorage {

    private static final Logger log = LoggerFactory.getLogger(AttachmentStorage.class);
    private static final DateTimeFormatter MONTH_FOLDER = DateTimeFormatter.ofPattern("yyyy/MM");

    private final Path root;
    private final Clock clock;

    AttachmentStorage(@Value("${danvan.data-dir:./data}") Path dataDir, Clock clock) {
        this.root = dataDir.resolve("attachments").toAbsolutePath().normalize();
        this.clock = clock;
    }

    Path root() {
        return root;
    }

    /** A new empty file in the staging folder, on the same file system as the stored files. */
    Path newTempFile() throws IOException {
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        return Files.createTempFile(tmp, "upload-", ".part");
    }

    /** Moves a staged file to its place and returns its storage key ({@code yyyy/MM/uuid}). */
    String keep(Path staged) {
        String key = LocalDate.now(clock).format(MONTH_FOLDER) + "/" + UUID.randomUUID();
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store attachment " + key, e);
        }
        return key;
    }

    InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read attachment " + key, e);
        }
    }

    /** Removes a file if it is there; used to undo a store whose transaction rolled back. */
    void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover file is harmless (no row points at it), but worth knowing about
            log.warn("Could not delete attachment file {}: {}", file, e.toString());
        }
    }

    /** The path of a storage key; a key that would lead outside the root is a programming error. */
    Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Storage key outside the attachment folder: " + key);
        }
        return path;
    }
}
