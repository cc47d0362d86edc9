package vn.danvan.jobs;

import java.nio.file.Path;

/** What a job produced: a file to download (an export), or a row report (an import). */
public sealed interface LongWorkResult {

    /** The file written to {@link LongWork#resultFile()}, downloaded as {@code fileName} of {@code mediaType}. */
    static LongWorkResult file(Path written, String fileName, String mediaType) {
        return new File(written, fileName, mediaType);
    }

    static LongWorkResult report(RowReport report) {
        return new Report(report);
    }

    record File(Path written, String fileName, String mediaType) implements LongWorkResult {
    }

    record Report(RowReport report) implements LongWorkResult {
    }
}
