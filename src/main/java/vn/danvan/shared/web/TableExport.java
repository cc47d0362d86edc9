package vn.danvan.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
                    printer.printRecord(row.stream().map(v -> v == null ? "" : v).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return download(out.toByteArray(), fileName + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    public static ResponseEntity<byte[]> xlsx(String fileName, List<String> header, List<List<Object>> rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(fileName.length() > 31 ? fileName.substring(0, 31) : fileName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
                first.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(v == null ? "" : String.valueOf(v));
                    }
                }
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, 256 * 28);
            }
            workbook.write(out);
            return download(out.toByteArray(), fileName + ".xlsx", XLSX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(type)
                .body(body);
    }
}
