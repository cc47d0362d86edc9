package vn.danvan.shared.imports;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.TableExport;

/**
 * What every import page does with a file: take the upload, show a successful result once after a
 * redirect or keep a rejected file's report in the session, and offer the empty template and that report
 * for download.
 */
public final class ImportFiles {

    /** The model attribute (and flash attribute) holding the {@link ImportResult} a result page shows. */
    public static final String RESULT = "importResult";

    private ImportFiles() {
    }

    /** A module's import of one file, all or nothing. */
    @FunctionalInterface
    public interface Importer<T extends Serializable> {
        ImportResult<T> importFile(String fileName, byte[] content);
    }

    /**
     * Imports an uploaded file. A file that could not be read as a table comes back as a rejected result
     * with its problem; no file at all, or one refused before reading (type, size), is an
     * {@link InvalidRequestException} for the form.
     */
    public static <T extends Serializable> ImportResult<T> upload(MultipartFile file, Importer<T> importer) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("import.error.fileRequired");
        }
        String fileName = StringUtils.getFilename(file.getOriginalFilename());
        try {
            return importer.importFile(fileName, file.getBytes());
        } catch (ImportFailedException e) {
            return ImportResult.rejected(fileName, List.of(e.problem()));
        }
    }

    /** An uploaded file, read. */
    public record Upload(String fileName, byte[] content, int rows) {
    }

    /**
     * The upload when it holds more data rows than {@code threshold}, for an import in the background; empty
     * when it is small enough to import at once. No file, or one that cannot be read, is an
     * {@link InvalidRequestException} for the form, as {@link #upload} says.
     */
    public static java.util.Optional<Upload> inBackground(MultipartFile file, ImportFileReader reader, int threshold)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("import.error.fileRequired");
        }
        String fileName = StringUtils.getFilename(file.getOriginalFilename());
        byte[] content = file.getBytes();
        int rows;
        try {
            rows = reader.read(fileName, content).lines().size();
        } catch (InvalidRequestException e) {
            return java.util.Optional.empty(); // the import at once reports it, as it always did
        }
        return rows > threshold ? java.util.Optional.of(new Upload(fileName, content, rows)) : java.util.Optional.empty();
    }

    /**
     * Where a result goes: a successful one to the flash attributes, to be shown once after the redirect
     * (a reload does not import again); a rejected one to the model and, under {@code reportKey}, to the
     * session until the next import, so that its report can be downloaded. Whether it succeeded.
     */
    public static boolean keep(ImportResult<?> result, String reportKey, HttpSession session, Model model,
            RedirectAttributes redirect) {
        if (result.succeeded()) {
            redirect.addFlashAttribute(RESULT, result);
            return true;
        }
        session.setAttribute(reportKey, result);
        model.addAttribute(RESULT, result);
        return false;
    }

    /** The report of the rejected file kept under {@code reportKey}; without one, back to {@code formPath}. */
    public static ResponseEntity<byte[]> keptReport(HttpSession session, String reportKey, MessageSource messages,
            String format, String fileName, String formPath) {
        if (!(session.getAttribute(reportKey) instanceof ImportResult<?> result)) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(ServletUriComponentsBuilder.fromCurrentContextPath().path(formPath).build().toUri())
                    .build();
        }
        return report(messages, result.problems(), format, fileName);
    }

    /** An empty file to fill in: the header row and one example row; XLSX or CSV, else 404. */
    public static ResponseEntity<byte[]> template(List<? extends ImportColumn> columns, String format,
            String fileName) {
        if (!format.equals("xlsx") && !format.equals("csv")) {
            throw new NotFoundException("import template format", format);
        }
        List<String> header = columns.stream().map(ImportColumn::header).toList();
        List<Object> example = columns.stream().<Object>map(ImportColumn::example).toList();
        return TableExport.of(format, fileName, header, List.of(example));
    }

    /** The problems of a rejected file, one per line: row, column and message in the request's language. */
    public static ResponseEntity<byte[]> report(MessageSource messages, List<ImportProblem> problems, String format,
            String fileName) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> header = TableExport.header(messages, "import.report.row", "import.report.column",
                "import.report.message");
        List<List<Object>> rows = new ArrayList<>();
        for (ImportProblem p : problems) {
            rows.add(Arrays.asList(p.row() > 0 ? p.row() : "", p.column() == null ? "" : p.column(),
                    messages.getMessage(p.messageKey(), p.argumentArray(), p.messageKey(), locale)));
        }
        return TableExport.of(format, fileName, header, rows);
    }
}
