package vn.danvan.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The file types DanVan accepts, recognised by their content. The name a sender gives a file is
 * never trusted: an executable renamed ".pdf" has no PDF header, and a workbook renamed ".docx" has
 * no Word document part.
 */
enum AttachmentType {

    PDF("application/pdf", List.of("pdf")),
    JPEG("image/jpeg", List.of("jpg", "jpeg", "jpe", "jfif")),
    PNG("image/png", List.of("png")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"));

    /** A Word document lists its parts well before this; more entries is not a document we want. */
    static final int MAX_ZIP_ENTRIES = 2_000;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int HEADER_BYTES = 8;

    private final String contentType;
    private final List<String> extensions;

    AttachmentType(String contentType, List<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    String contentType() {
        return contentType;
    }

    /** The usual extensions, lower case, the preferred one first. */
    List<String> extensions() {
        return extensions;
    }

    /** The accepted type of the file's content, or empty when it is none of them. */
    static Optional<AttachmentType> detect(Path file) throws IOException {
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(HEADER_BYTES);
        }
        if (startsWith(header, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(header, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(header, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(header, ZIP_MAGIC) && isWordDocument(file)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    /**
     * True for an Office Open XML word-processing package. Only the ZIP's central directory is
     * read, so a highly compressed entry is never inflated, and at most {@link #MAX_ZIP_ENTRIES}
     * entries are looked at. A macro-enabled document renamed ".docx" is refused.
     */
    private static boolean isWordDocument(Path file) {
        boolean contentTypes = false;
        boolean document = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            for (int seen = 0; entries.hasMoreElements(); seen++) {
                if (seen >= MAX_ZIP_ENTRIES) {
                    return false;
                }
                String name = entries.nextElement().getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.equals("word/document.xml")) {
                    document = true;
                } else if (name.equalsIgnoreCase("word/vbaProject.bin")) {
                    return false;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not a readable ZIP archive (ZipException, or an IllegalArgumentException on a malformed name)
            return false;
        }
        return contentTypes && document;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
