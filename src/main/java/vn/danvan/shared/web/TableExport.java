package vn.danvan.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** "Export what you see": a list page's table as CSV (UTF-8, opens in Excel) or XLSX. */
public final class TableExport {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TableExport() {
    }

    /** Column titles from message keys, in the current request's language. */
    public static List<String> header(MessageSource messages, String... keys) {
        var locale = LocaleContextHolder.getLocale();
        return java.util.Arrays.stream(keys).map(k -> messages.getMessage(k, null, locale)).toList();
    }

    public static ResponseEntity<byte[]> of(String format, String fileName, List<String> header,
            List<List<Object>> rows) {
        return "xlsx".equalsIgnoreCase(format) ? xlsx(fileName, header, rows) : csv(fileName, header, rows);
    }

    public static ResponseEntity<byte[]> csv(String fileName, List<String> header, List<List<Object>> rows) {
        var out = new ByteArrayOutputStream();
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            try (var printer = new CSVPrinter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT)) {
                printer.printRecord(header);
                for (List<Object> row : rows) {
                    printer.printRecord(row.stream().map(TableExport::csvValue).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return download(out.toByteArray(), fileName + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    public static ResponseEntity<byte[]> xlsx(String fileName, List<String> header, List<List<Object>> rows) {
        return xlsx(fileName, TitledTable.of(fileName, header, rows));
    }

    /**
     * Dates as a person reads them (dd/MM/yyyy, in Vietnam's time); numbers as they are; text that a
     * spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a carriage return: a
     * citizen's title "=HYPERLINK(...)") behind a single quote, the OWASP rule against CSV injection.
     */
    static Object csvValue(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof CharSequence text) {
            return neutralised(text.toString());
        }
        if (value instanceof java.time.LocalDate d) {
            return d.format(vn.danvan.shared.DanVanTime.DATE);
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t.atZoneSameInstant(vn.danvan.shared.DanVanTime.ZONE).format(vn.danvan.shared.DanVanTime.DATE_TIME);
        }
        return value;
    }

    /** Text that cannot start a formula when the CSV is opened in a spreadsheet. */
    static String neutralised(String text) {
        if (!text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static final String FORMULA_START = "=+-@\t\r";

    /** A titled table (a consolidated report's, for instance) as an XLSX download. */
    public static ResponseEntity<byte[]> xlsx(String fileName, TitledTable table) {
        return download(table.toXlsx(), fileName + ".xlsx", XLSX);
    }

    /** Any generated file (a spreadsheet, an official document) as a download with a UTF-8 file name. */
    public static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(type)
                .body(body);
    }
}
