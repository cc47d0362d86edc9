package vn.danvan.shared.storage;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one-shot move of a node's files into the bucket, before it (and others) start with
 * {@code DANVAN_STORAGE=s3}: {@code java -jar danvan.jar --danvan.copy-files-to-s3}, with the same
 * {@code DANVAN_DATA_DIR} and the {@code DANVAN_S3_*} settings. It copies {@code attachments/} and
 * {@code long-work/} of the data folder to the same keys in the bucket, leaves the folder as it is, skips a key the
 * bucket already has with the same size (so it may run again after an interruption), prints the counts and exits:
 * 0 when every file is in the bucket, 1 when some could not be copied, 2 when the bucket cannot be used. It starts
 * nothing else of DanVan (no database, no web server).
 */
public final class CopyFilesToS3 {

    public static final String OPTION = "--danvan.copy-files-to-s3";
    static final List<String> PREFIXES = List.of("attachments/", "long-work/");

    /** What one run did. */
    public record Counts(int copied, int skipped, int failed, long bytesCopied) {

        Counts plus(Counts other) {
            return new Counts(copied + other.copied, skipped + other.skipped, failed + other.failed,
                    bytesCopied + other.bytesCopied);
        }
    }

    private CopyFilesToS3() {
    }

    /** Whether the command line asks for the copy. */
    public static boolean asked(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.equals(OPTION) || a.equals(OPTION + "=true"));
    }

    /** Runs the copy with the application's settings and the command line's; the exit code. */
    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(FileStoreConfig.class).web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args);
        } catch (RuntimeException e) {
            err.println("Cannot use the bucket / Không dùng được kho S3: " + rootMessage(e));
            return 2;
        }
        try (context) {
            FileStore target = context.getBean(FileStore.class);
            if (!(target instanceof S3FileStore)) {
                err.println("Set DANVAN_STORAGE=s3 and the DANVAN_S3_* settings of the bucket to copy into."
                        + " / Hãy đặt DANVAN_STORAGE=s3 và các thiết lập DANVAN_S3_* của bucket.");
                return 2;
            }
            Path dataDir = Path.of(context.getEnvironment().getProperty("danvan.data-dir", "./data"));
            Counts counts = copy(new LocalFileStore(dataDir), target, out, err);
            return counts.failed() == 0 ? 0 : 1;
        }
    }

    /** Copies every file under the prefixes from the folder to the bucket, printing what it does. */
    static Counts copy(LocalFileStore source, FileStore target, PrintStream out, PrintStream err) {
        out.println("Copying the files of the " + source.describe() + " to the " + target.describe());
        Counts total = new Counts(0, 0, 0, 0);
        for (String prefix : PREFIXES) {
            Counts counts = copy(source, target, prefix, err);
            out.printf("%s: %d copied (%d bytes), %d already there, %d failed%n", prefix, counts.copied(),
                    counts.bytesCopied(), counts.skipped(), counts.failed());
            total = total.plus(counts);
        }
        out.printf("Total: %d copied (%d bytes), %d already there with the same size, %d failed.%n", total.copied(),
                total.bytesCopied(), total.skipped(), total.failed());
        out.printf("Tổng: đã chép %d tệp, %d tệp đã có sẵn, %d tệp lỗi.%n", total.copied(), total.skipped(),
                total.failed());
        return total;
    }

    private static Counts copy(LocalFileStore source, FileStore target, String prefix, PrintStream err) {
        Map<String, Long> there = target.list(prefix).stream()
                .collect(Collectors.toMap(StoredObject::key, StoredObject::size));
        int copied = 0;
        int skipped = 0;
        int failed = 0;
        long bytes = 0;
        for (StoredObject file : source.list(prefix)) {
            if (file.key().endsWith(".part")) {
                continue; // a staging file of an upload or a job that never ended: not a kept file
            }
            if (Long.valueOf(file.size()).equals(there.get(file.key()))) {
                skipped++;
                continue;
            }
            try (StoredFile in = source.open(file.key()); InputStream content = in.content()) {
                target.put(file.key(), content, in.length());
                copied++;
                bytes += in.length();
            } catch (Exception e) {
                failed++;
                err.println("Not copied: " + file.key() + ": " + rootMessage(e));
            }
        }
        return new Counts(copied, skipped, failed, bytes);
    }

    /** The message of FileStoreConfig's refusal or the store's failure inside Spring's wrappers, else the deepest. */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (!(t instanceof IllegalStateException || t instanceof StorageUnavailableException)
                && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
