package vn.danvan.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder as the store: the contract, the same layout as before, and nothing outside the folder. */
class LocalFileStoreTests extends FileStoreContract {

    @TempDir
    Path dataDir;
    LocalFileStore store;

    @BeforeEach
    void setUp() {
        store = new LocalFileStore(dataDir);
    }

    @Override
    FileStore store() {
        return store;
    }

    @Test
    void aKeyIsTheFilesPathUnderTheDataFolder() throws IOException {
        store.put("attachments/2026/01/f", new ByteArrayInputStream(new byte[] {7}), 1);
        assertThat(Files.readAllBytes(dataDir.resolve("attachments/2026/01/f"))).containsExactly(7);
        assertThat(store.list("attachments/")).containsExactly(new StoredObject("attachments/2026/01/f", 1));
    }

    @Test
    void aHalfWrittenFileIsNeverListedNorLeftBehind() throws IOException {
        Files.createDirectories(dataDir.resolve("long-work/5"));
        Files.write(dataDir.resolve("long-work/5/.x-123.part"), new byte[] {1});
        assertThat(store.list("long-work/")).isEmpty();
        try {
            store.put("long-work/5/y", new ByteArrayInputStream(new byte[] {1}), 4);
        } catch (RuntimeException expected) {
            // fewer bytes than promised
        }
        try (var files = Files.list(dataDir.resolve("long-work/5"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(".x-123.part");
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsReported() throws IOException {
        Path file = Files.write(dataDir.resolve("a-file"), new byte[] {1});
        var broken = new LocalFileStore(file.resolve("data"));
        org.assertj.core.api.Assertions.assertThatThrownBy(broken::check)
                .isInstanceOf(StorageUnavailableException.class).hasMessageContaining("cannot be created");
    }
}
