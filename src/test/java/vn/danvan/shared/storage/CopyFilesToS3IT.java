package vn.danvan.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --danvan.copy-files-to-s3} against a real S3 server (s3proxy in process): a node's data folder goes into
 * the bucket under the same keys, staging leftovers and the database stay behind, and a second run copies only
 * what is not already there with the same size.
 */
class CopyFilesToS3IT {

    @TempDir
    Path dataDir;
    S3Server server = S3Server.get();
    String bucket;
    S3FileStore bucketStore;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void folder() throws IOException {
        bucket = server.newBucket("copy");
        bucketStore = server.store(bucket);
        write("attachments/2025/12/3f0c6a1e-0000-4000-8000-000000000001", "%PDF-1.4 đơn");
        write("attachments/2026/01/3f0c6a1e-0000-4000-8000-000000000002", "ảnh chụp");
        write("long-work/41/0b5e2c7d-0000-4000-8000-000000000003", "Mã tra cứu;Tiêu đề\n");
        // what is not a kept file: staging leftovers (before and after the staging folder moved) and the database
        write("attachments/tmp/upload-123.part", "half an upload");
        write("long-work/41/run-456.part", "half an export");
        write("tmp/upload-789.part", "staged");
        write("danvan.mv.db", "database");
    }

    @AfterEach
    void close() {
        bucketStore.close();
    }

    @Test
    void copiesTheFolderOnceAndThenOnlyWhatChanged() throws IOException {
        assertThat(copy()).as(this::errors).isZero();
        assertThat(output()).contains("Total: 3 copied", "0 already there", "0 failed", "attachments/: 2 copied",
                "long-work/: 1 copied", "Tổng: đã chép 3 tệp");
        assertThat(keysInBucket()).containsExactly("attachments/2025/12/3f0c6a1e-0000-4000-8000-000000000001",
                "attachments/2026/01/3f0c6a1e-0000-4000-8000-000000000002",
                "long-work/41/0b5e2c7d-0000-4000-8000-000000000003");
        try (StoredFile file = bucketStore.open("attachments/2026/01/3f0c6a1e-0000-4000-8000-000000000002")) {
            assertThat(new String(file.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("ảnh chụp");
        }
        assertThat(Files.exists(dataDir.resolve("attachments/2026/01/3f0c6a1e-0000-4000-8000-000000000002")))
                .as("the folder is left as it was").isTrue();

        assertThat(copy()).as(this::errors).isZero();
        assertThat(output()).contains("Total: 0 copied (0 bytes), 3 already there with the same size, 0 failed.");

        write("long-work/41/0b5e2c7d-0000-4000-8000-000000000003", "Mã tra cứu;Tiêu đề\nPA-1;Đường\n");
        assertThat(copy()).as(this::errors).isZero();
        assertThat(output()).contains("Total: 1 copied", "2 already there");
        try (StoredFile file = bucketStore.open("long-work/41/0b5e2c7d-0000-4000-8000-000000000003")) {
            assertThat(new String(file.content().readAllBytes(), StandardCharsets.UTF_8)).endsWith("PA-1;Đường\n");
        }
    }

    @Test
    void refusesToRunWithoutTheBucketsSettings() {
        assertThat(CopyFilesToS3.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CopyFilesToS3.OPTION,
                "--danvan.data-dir=" + dataDir)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("DANVAN_STORAGE=s3");
        assertThat(keysInBucket()).isEmpty();
    }

    @Test
    void saysSoWhenTheBucketDoesNotExist() {
        assertThat(copy("no-such-bucket")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cannot use the bucket", "does not exist",
                "no-such-bucket");
    }

    @Test
    void isAskedForByItsOption() {
        assertThat(CopyFilesToS3.asked(new String[] {"--server.port=0", "--danvan.copy-files-to-s3"})).isTrue();
        assertThat(CopyFilesToS3.asked(new String[] {"--danvan.copy-files-to-s3=true"})).isTrue();
        assertThat(CopyFilesToS3.asked(new String[] {"--server.port=0"})).isFalse();
    }

    private int copy() {
        return copy(bucket);
    }

    private int copy(String into) {
        out.reset();
        err.reset();
        List<String> args = new ArrayList<>(List.of(CopyFilesToS3.OPTION, "--danvan.data-dir=" + dataDir));
        for (Map.Entry<String, String> p : server.properties(into).entrySet()) {
            args.add("--" + p.getKey() + "=" + p.getValue());
        }
        return CopyFilesToS3.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<String> keysInBucket() {
        List<String> keys = new ArrayList<>();
        for (String prefix : List.of("attachments/", "long-work/", "tmp/")) {
            bucketStore.list(prefix).forEach(o -> keys.add(o.key()));
        }
        return keys;
    }

    private void write(String key, String content) throws IOException {
        Path file = dataDir.resolve(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
