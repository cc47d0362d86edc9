package vn.danvan.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store as a folder of this node's disk, {@code ${danvan.data-dir}} (the embedded default): the key
 * {@code attachments/2026/01/<uuid>} is the file {@code <data-dir>/attachments/2026/01/<uuid>}. A file is moved
 * into place in one step, so a reader never sees half of it; a key never resolves outside the folder.
 */
public final class LocalFileStore implements FileStore {

    private static final Logger log = LoggerFactory.getLogger(LocalFileStore.class);

    private final Path root;

    public LocalFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, Path staged) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            move(staged, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + key + " in " + root, e);
        }
    }

    @Override
    public void put(String key, InputStream content, long length) {
        Path target = resolve(key);
        Path part = null;
        try {
            Files.createDirectories(target.getParent());
            // a hidden name in the target's own folder: never a key, never listed, and moved in one step
            part = target.resolveSibling("." + target.getFileName() + "-" + UUID.randomUUID() + ".part");
            long written;
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW)) {
                written = content.transferTo(out);
            }
            if (written != length) {
                throw new IOException("expected " + length + " bytes, read " + written);
            }
            move(part, target);
        } catch (IOException e) {
            StagingFolder.deleteQuietly(part);
            throw new UncheckedIOException("Cannot store " + key + " in " + root, e);
        }
    }

    @Override
    public StoredFile open(String key) {
        Path file = resolve(key);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            try {
                return new StoredFile(key, Channels.newInputStream(channel), channel.size());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new StoredFileMissingException(key);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + key + " in " + root, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + key + " in " + root, e);
        }
    }

    @Override
    public List<StoredObject> list(String prefix) {
        Path folder = folder(prefix);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<StoredObject> found = new ArrayList<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                String key = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (StorageKeys.valid(key)) {
                    found.add(new StoredObject(key, Files.size(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + prefix + " in " + root, e);
        }
        found.sort(Comparator.comparing(StoredObject::key));
        return found;
    }

    @Override
    public int deleteAll(String prefix) {
        Path folder = folder(prefix);
        if (!Files.exists(folder)) {
            return 0;
        }
        int files = 0;
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                boolean file = Files.isRegularFile(p);
                try {
                    Files.deleteIfExists(p);
                    files += file ? 1 : 0;
                } catch (IOException e) {
                    log.warn("Could not delete {}: {}", p, e.toString());
                }
            }
        } catch (IOException e) {
            log.warn("Could not remove {} in {}: {}", prefix, root, e.toString());
        }
        return files;
    }

    @Override
    public void check() {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new StorageUnavailableException("The data folder " + root + " cannot be created: " + e, e);
        }
        if (!Files.isWritable(root)) {
            throw new StorageUnavailableException("The data folder " + root + " is not writable");
        }
    }

    @Override
    public String describe() {
        return "local folder " + root;
    }

    /** The path of a key; a key that is not one, or would lead outside the folder, is a programming error. */
    Path resolve(String key) {
        Path path = root.resolve(StorageKeys.checked(key)).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Storage key outside the store: " + key);
        }
        return path;
    }

    private Path folder(String prefix) {
        StorageKeys.checkedPrefix(prefix);
        return resolve(prefix.substring(0, prefix.length() - 1));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
