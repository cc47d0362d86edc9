package vn.danvan.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link FileStore} does, whatever keeps the bytes; a subclass supplies the store. */
abstract class FileStoreContract {

    @TempDir
    Path staging;

    /** An empty store of the kind under test. */
    abstract FileStore store();

    @Test
    void keepsAStagedFileAndTakesIt() throws IOException {
        byte[] content = "Đơn kiến nghị".getBytes(StandardCharsets.UTF_8);
        Path staged = Files.write(staging.resolve("upload-1.part"), content);

        store().put("attachments/2026/01/a", staged);

        assertThat(staged).doesNotExist();
        assertThat(store().exists("attachments/2026/01/a")).isTrue();
        try (StoredFile file = store().open("attachments/2026/01/a")) {
            assertThat(file.length()).isEqualTo(content.length);
            assertThat(file.content().readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void keepsAStreamOfKnownLengthAndReplacesAFileOfTheSameKey() throws IOException {
        store().put("long-work/7/x", new ByteArrayInputStream(new byte[] {1, 2, 3}), 3);
        store().put("long-work/7/x", new ByteArrayInputStream(new byte[] {4, 5}), 2);

        try (StoredFile file = store().open("long-work/7/x")) {
            assertThat(file.length()).isEqualTo(2);
            assertThat(file.content().readAllBytes()).containsExactly(4, 5);
        }
    }

    @Test
    void aStreamShorterThanItsLengthKeepsNothing() {
        assertThatThrownBy(() -> store().put("long-work/8/short", new ByteArrayInputStream(new byte[] {1, 2}), 5))
                .isInstanceOfAny(RuntimeException.class);
        assertThat(store().exists("long-work/8/short")).isFalse();
    }

    @Test
    void aMissingFileIsSaidToBeMissingWithItsKey() {
        assertThat(store().exists("attachments/2026/01/none")).isFalse();
        assertThatThrownBy(() -> store().open("attachments/2026/01/none"))
                .isInstanceOfSatisfying(StoredFileMissingException.class,
                        e -> assertThat(e.key()).isEqualTo("attachments/2026/01/none"));
    }

    @Test
    void aDeletedFileIsGoneAndDeletingItAgainDoesNothing() {
        store().put("attachments/2026/02/d", new ByteArrayInputStream(new byte[] {9}), 1);
        store().delete("attachments/2026/02/d");
        store().delete("attachments/2026/02/d");
        assertThat(store().exists("attachments/2026/02/d")).isFalse();
        assertThatThrownBy(() -> store().open("attachments/2026/02/d")).isInstanceOf(StoredFileMissingException.class);
    }

    @Test
    void listsAndDeletesByPrefixOnlyWhatIsUnderIt() {
        put("long-work/1/a", 1);
        put("long-work/1/c", 3);
        put("long-work/12/b", 2);
        put("long-work-other/1/z", 1);

        assertThat(store().list("long-work/1/")).containsExactly(new StoredObject("long-work/1/a", 1),
                new StoredObject("long-work/1/c", 3));
        assertThat(store().list("long-work/")).extracting(StoredObject::key)
                .containsExactly("long-work/1/a", "long-work/1/c", "long-work/12/b");
        assertThat(store().list("long-work/99/")).isEmpty();

        assertThat(store().deleteAll("long-work/1/")).isEqualTo(2);
        assertThat(store().list("long-work/")).extracting(StoredObject::key).containsExactly("long-work/12/b");
        assertThat(store().deleteAll("long-work/1/")).isZero();
        assertThat(store().list("long-work-other/")).hasSize(1);
    }

    @Test
    void aBigFileGoesInAndComesBackAsAStream() throws Exception {
        long length = 40L * 1024 * 1024 + 17;
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(new PseudoRandomBytes(length), sent)) {
            store().put("long-work/3/big", in, length);
        }
        MessageDigest back = MessageDigest.getInstance("SHA-256");
        try (StoredFile file = store().open("long-work/3/big")) {
            assertThat(file.length()).isEqualTo(length);
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int n; (n = file.content().read(buffer)) > 0; read += n) {
                back.update(buffer, 0, n);
            }
            assertThat(read).isEqualTo(length);
        }
        assertThat(back.digest()).isEqualTo(sent.digest());
        store().delete("long-work/3/big");
    }

    @Test
    void refusesKeysThatAreNotKeys() {
        for (String key : new String[] {"../danvan.mv.db", "attachments/../../etc/passwd", "/etc/passwd", "a//b",
            "attachments/.hidden", "a\\b", "", "attachments/"}) {
            assertThatThrownBy(() -> store().open(key)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store().list("long-work")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().deleteAll("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void canBeReached() {
        store().check();
        assertThat(store().describe()).isNotBlank();
    }

    private void put(String key, int size) {
        store().put(key, new ByteArrayInputStream(new byte[size]), size);
    }

    /** {@code length} bytes that are never all in memory. */
    static final class PseudoRandomBytes extends InputStream {

        private final Random random = new Random(42);
        private long left;

        PseudoRandomBytes(long length) {
            this.left = length;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return random.nextInt(256);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            byte[] chunk = new byte[n];
            random.nextBytes(chunk);
            System.arraycopy(chunk, 0, b, off, n);
            left -= n;
            return n;
        }
    }
}
