package vn.danvan.shared.storage;

import java.nio.file.Path;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link FileStore} of the application, as {@code danvan.storage.kind} ({@code DANVAN_STORAGE}) says:
 * {@code local} (the default) or {@code s3}. With S3, start-up stops with a message when a setting is missing or
 * the bucket cannot be reached, rather than a node that starts and then fails every upload and download.
 */
@Configuration(proxyBeanMethods = false)
public class FileStoreConfig {

    private static final Logger log = LoggerFactory.getLogger(FileStoreConfig.class);

    @Bean
    FileStore fileStore(@Value("${danvan.storage.kind:local}") String kind,
            @Value("${danvan.data-dir:./data}") Path dataDir,
            @Value("${danvan.storage.s3.endpoint:}") String endpoint,
            @Value("${danvan.storage.s3.bucket:}") String bucket,
            @Value("${danvan.storage.s3.access-key:}") String accessKey,
            @Value("${danvan.storage.s3.secret-key:}") String secretKey,
            @Value("${danvan.storage.s3.region:us-east-1}") String region) {
        FileStore store = switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "", "local" -> new LocalFileStore(dataDir);
            case "s3" -> s3(new S3Settings(endpoint, bucket, accessKey, secretKey, region), new StagingFolder(dataDir));
            default -> throw new IllegalStateException("DANVAN_STORAGE (danvan.storage.kind) is \"" + kind
                    + "\": it must be local or s3. / DANVAN_STORAGE phải là local hoặc s3.");
        };
        log.info("Files are kept in the {}", store.describe());
        return store;
    }

    private static S3FileStore s3(S3Settings settings, StagingFolder staging) {
        if (!settings.missing().isEmpty()) {
            throw new IllegalStateException("DANVAN_STORAGE=s3 needs " + String.join(", ", settings.missing())
                    + ". / Lưu tệp trên S3 cần đặt " + String.join(", ", settings.missing()) + ".");
        }
        S3FileStore store = S3FileStore.connect(settings, staging);
        try {
            store.check();
        } catch (StorageUnavailableException e) {
            store.close();
            throw new IllegalStateException("DANVAN_STORAGE=s3, but the files cannot be kept there: " + e.getMessage()
                    + ". Check DANVAN_S3_ENDPOINT, DANVAN_S3_BUCKET, DANVAN_S3_ACCESS_KEY and DANVAN_S3_SECRET_KEY"
                    + " (the bucket must exist). / Không kết nối được kho lưu trữ S3: hãy kiểm tra địa chỉ, tên bucket"
                    + " và khóa truy cập.", e);
        }
        return store;
    }
}
