package vn.danvan.jobs;

import java.nio.file.Path;

/**
 * What a job produced: a file to download (an export), a row report (an import), or a page of its module where
 * the work's result is shown (a ranked commendation round, say).
 */
public sealed interface LongWorkResult {

    /** The file written to {@link LongWork#resultFile()}, downloaded as {@code fileName} of {@code mediaType}. */
    static LongWorkResult file(Path written, String fileName, String mediaType) {
        return new File(written, fileName, mediaType);
    }

    static LongWorkResult report(RowReport report) {
        return new Report(report);
    }

    /**
     * The work's result is a page of the application: {@code link}, a path of this application ({@code /...}),
     * offered on the progress page with the sentence {@code messageKey}, whose {0} is the count done.
     */
    static LongWorkResult page(String link, String messageKey) {
        return new Page(link, messageKey);
    }

    record File(Path written, String fileName, String mediaType) implements LongWorkResult {
    }

    record Report(RowReport report) implements LongWorkResult {
    }

    record Page(String link, String messageKey) implements LongWorkResult {

        public Page {
            if (link == null || !link.startsWith("/") || link.startsWith("//") || link.length() > 300) {
                throw new IllegalArgumentException("A job's result page is a path of this application: " + link);
            }
            if (messageKey == null || messageKey.isBlank()) {
                throw new IllegalArgumentException("A job's result page needs its sentence's message key");
            }
        }
    }
}
