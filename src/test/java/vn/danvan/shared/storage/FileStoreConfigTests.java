package vn.danvan.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store DANVAN_STORAGE asks for, or a start-up that stops saying what is missing. */
class FileStoreConfigTests {

    @TempDir
    Path dataDir;
    FileStoreConfig config = new FileStoreConfig();

    @Test
    void theDataFolderIsTheDefault() {
        assertThat(config.fileStore("local", dataDir, "", "", "", "", "")).isInstanceOf(LocalFileStore.class);
        assertThat(config.fileStore("", dataDir, "", "", "", "", "").describe())
                .isEqualTo("local folder " + dataDir.toAbsolutePath().normalize());
    }

    @Test
    void s3WithoutItsSettingsStopsNamingThem() {
        assertThatThrownBy(() -> config.fileStore("s3", dataDir, "http://127.0.0.1:9000", " ", "key", "", ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DANVAN_STORAGE=s3 needs DANVAN_S3_BUCKET, DANVAN_S3_SECRET_KEY")
                .hasMessageContaining("Lưu tệp trên S3 cần đặt");
    }

    @Test
    void anUnknownKindStops() {
        assertThatThrownBy(() -> config.fileStore("ftp", dataDir, "", "", "", "", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("it must be local or s3");
    }
}
