package vn.danvan.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.shared.web.InvalidRequestException;

/**
 * Accepts one batch of uploads or none of it: checks the number of files, then each file's size
 * and its type detected from the content, copying each into the staging folder while it hashes it.
 * When any file is refused, every file staged so far is deleted before the refusal is thrown.
 */
@Component
class IncomingFiles {

    static final int MAX_NAME_LENGTH = 200;
    private static final long MB = 1024 * 1024;
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");

    /** A checked file waiting in the staging folder. */
    record Staged(Path file, String fileName, AttachmentType type, long size, String sha256) {
    }

    private final AttachmentStorage storage;
    private final int maxFiles;
    private final long maxBytes;

    IncomingFiles(AttachmentStorage storage, @Value("${danvan.attachments.max-files:5}") int maxFiles,
            @Value("${danvan.attachments.max-bytes:10485760}") long maxBytes) {
        this.storage = storage;
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes;
    }

    /** The checked files, staged; inputs with no file chosen are left out. */
    List<Staged> accept(List<MultipartFile> files) {
        List<MultipartFile> chosen = chosen(files);
        if (chosen.size() > maxFiles) {
            throw new InvalidRequestException("attachment.error.tooMany", maxFiles);
        }
        for (MultipartFile file : chosen) {
            checkDeclaredSize(file);
        }
        List<Staged> staged = new ArrayList<>();
        try {
            for (MultipartFile file : chosen) {
                staged.add(stage(file));
            }
            return staged;
        } catch (RuntimeException e) {
            discard(staged);
            throw e;
        }
    }

    /** Deletes staged files that will not be kept. */
    void discard(List<Staged> staged) {
        staged.forEach(s -> storage.discardStaged(s.file()));
    }

    /** The uploads that carry a file (a form's input left empty sends a part without one). */
    static List<MultipartFile> chosen(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream().filter(f -> f != null && !noFileChosen(f)).toList();
    }

    int maxFiles() {
        return maxFiles;
    }

    /** A form's file input left empty arrives as a part with no name and no bytes. */
    private static boolean noFileChosen(MultipartFile file) {
        return file.getSize() == 0 && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
    }

    private void checkDeclaredSize(MultipartFile file) {
        if (file.getSize() > maxBytes) {
            throw tooLarge(file);
        }
        if (file.getSize() == 0) {
            throw new InvalidRequestException("attachment.error.empty", shownName(file));
        }
    }

    /** Copies the upload into the staging folder, counting and hashing the bytes actually received. */
    private Staged stage(MultipartFile file) {
        Path temp = null;
        try {
            temp = storage.newTempFile();
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(file.getInputStream(), sha256);
                    OutputStream out = Files.newOutputStream(temp)) {
                size = copyAtMost(in, out, maxBytes + 1);
            }
            if (size > maxBytes) {
                throw tooLarge(file);
            }
            if (size == 0) {
                throw new InvalidRequestException("attachment.error.empty", shownName(file));
            }
            AttachmentType type = AttachmentType.detect(temp)
                    .orElseThrow(() -> new InvalidRequestException("attachment.error.type", shownName(file)));
            return new Staged(temp, displayName(file.getOriginalFilename(), type), type, size,
                    HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            storage.discardStaged(temp);
            throw new UncheckedIOException("Cannot stage an attachment", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } catch (RuntimeException e) {
            storage.discardStaged(temp);
            throw e;
        }
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    private InvalidRequestException tooLarge(MultipartFile file) {
        return new InvalidRequestException("attachment.error.tooLarge", shownName(file), maxBytes / (double) MB);
    }

    /** The name to quote in a refusal. */
    private static String shownName(MultipartFile file) {
        String name = cleanName(file.getOriginalFilename());
        return name.isEmpty() ? "?" : name;
    }

    /**
     * The sender's file name for display: no folders, NFC, no control characters, at most
     * {@value #MAX_NAME_LENGTH} characters, and ending in an extension of the detected type, so
     * that a PDF named "x.html" is saved by the browser as "x.html.pdf" and opened as a PDF.
     */
    static String displayName(String declared, AttachmentType type) {
        String name = cleanName(declared);
        String extension = extension(name);
        String base = name;
        if (type.extensions().contains(extension)) {
            base = name.substring(0, name.length() - extension.length() - 1);
        } else {
            extension = type.extensions().get(0);
        }
        base = TRAILING_DOTS.matcher(base).replaceAll("");
        if (base.isBlank()) {
            base = "tep-dinh-kem";
        }
        return truncate(base, MAX_NAME_LENGTH - extension.length() - 1) + "." + extension;
    }

    private static String cleanName(String declared) {
        if (declared == null) {
            return "";
        }
        String name = Normalizer.normalize(declared, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = UNPRINTABLE.matcher(name).replaceAll("");
        name = SPACES.matcher(name).replaceAll(" ").strip();
        // a name of dots alone ("..") would read as a folder
        return name.replace(".", "").isEmpty() ? "" : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * At most {@code max} UTF-16 units (what both databases count as characters for the column),
     * never cutting a character outside the basic plane in two.
     */
    private static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end).strip();
    }
}
