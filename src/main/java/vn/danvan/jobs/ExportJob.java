package vn.danvan.jobs;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.TableExport;
import vn.danvan.shared.web.TableStream;

/**
 * A list export that may be long, the one way: a module extends it with its list's header, count and rows (read
 * with a streaming cursor, never collected), and its controller answers {@link #export}: up to the export
 * threshold the file at once, above it a background job of this kind and a redirect to its progress page, where
 * the same rows are written to a staging file, kept in the file store. A node's death starts the file again.
 *
 * <p>A list longer than an XLSX sheet holds is refused as XLSX (400, with the number of rows): CSV has no limit.
 *
 * <p>The filter travels as text parameters ({@code format} among them), so that the job reads the same rows in
 * the owner's scope when it runs.
 */
public abstract class ExportJob implements LongWorkHandler {

    /** The downloaded file's name without its extension, e.g. {@code phan-anh-kien-nghi}. */
    protected abstract String fileName();

    /** The job's title, a message key with one argument: the format (XLSX, CSV). */
    protected abstract String titleKey();

    /** The column titles in the current language. */
    protected abstract List<String> header();

    /** How many rows the filter finds for the signed-in person. */
    protected abstract long count(Map<String, String> params);

    /** Hands over every row, in order, as it is read; each row's values as {@link TableExport} writes them. */
    protected abstract void rows(Map<String, String> params, Consumer<List<?>> row);

    @Override
    public LongWorkResult run(LongWork work, LongWorkProgress progress) throws Exception {
        String format = work.param("format");
        progress.total(count(work.params()));
        try (OutputStream out = Files.newOutputStream(work.resultFile())) {
            write(work.params(), format, out, progress::step);
        }
        return LongWorkResult.file(work.resultFile(), fileName() + "." + TableStream.extension(format),
                TableStream.mediaType(format));
    }

    /**
     * The answer to the list's export link: the file, or (above the threshold) 303 to the job's page. Null values
     * of {@code filter} are left out.
     */
    public ResponseEntity<byte[]> export(Map<String, ?> filter, String format, LongWorkService jobs) {
        Map<String, String> params = new LinkedHashMap<>();
        filter.forEach((k, v) -> {
            if (v != null) {
                params.put(k, v instanceof Enum<?> e ? e.name() : String.valueOf(v));
            }
        });
        params.put("format", TableStream.extension(format));
        long rows = count(params);
        if (TableStream.isXlsx(format) && rows > TableStream.XLSX_MAX_ROWS) {
            throw new InvalidRequestException("jobs.export.tooManyForXlsx", rows, TableStream.XLSX_MAX_ROWS);
        }
        if (jobs.exportInBackground(rows)) {
            long id = jobs.start(LongWorkRequest.of(kind(), titleKey(),
                    List.of(TableStream.extension(format).toUpperCase(Locale.ROOT)), params));
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(jobs.page(id))).build();
        }
        var out = new ByteArrayOutputStream();
        write(params, format, out, () -> { });
        return TableExport.download(out.toByteArray(), fileName() + "." + TableStream.extension(format),
                MediaType.parseMediaType(TableStream.mediaType(format)));
    }

    private void write(Map<String, String> params, String format, OutputStream out, Runnable eachRow) {
        try (TableStream table = TableStream.of(format, out, fileName(), header())) {
            rows(params, values -> {
                table.row(values);
                eachRow.run();
            });
        }
    }

    // ------------------------------------------------------------------ reading the parameters back

    protected static Long longParam(Map<String, String> params, String name) {
        String v = params.get(name);
        return v == null ? null : Long.valueOf(v);
    }

    protected static Boolean booleanParam(Map<String, String> params, String name) {
        String v = params.get(name);
        return v == null ? null : Boolean.valueOf(v);
    }

    protected static java.time.LocalDate dateParam(Map<String, String> params, String name) {
        String v = params.get(name);
        return v == null ? null : java.time.LocalDate.parse(v);
    }

    protected static <E extends Enum<E>> E enumParam(Map<String, String> params, String name, Class<E> type) {
        String v = params.get(name);
        return v == null ? null : Enum.valueOf(type, v);
    }
}
