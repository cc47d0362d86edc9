package vn.danvan.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list export written row by row to a stream, for lists of any length: CSV as it goes, XLSX through POI's
 * SXSSF, which keeps a window of {@link #WINDOW} rows in memory and the rest in a temporary file (removed on
 * {@link #close}). Same rules as {@link TableExport}: UTF-8 CSV with a byte-order mark, text that could start
 * a formula neutralised in CSV, typed cells in XLSX (dates dd/MM/yyyy, numbers as numbers), a bold header.
 * {@link #close} finishes the file; the caller closes its own stream.
 */
public abstract sealed class TableStream implements AutoCloseable {

    /** The most data rows an XLSX sheet holds (1,048,576 rows, less the header). */
    public static final int XLSX_MAX_ROWS = 1_048_575;

    /** Rows of an XLSX export kept in memory at once. */
    public static final int WINDOW = 200;

    /** "xlsx" or "csv" (anything else is CSV, as {@link TableExport#of}). */
    public static TableStream of(String format, OutputStream out, String sheetName, List<String> header) {
        return isXlsx(format) ? new Xlsx(out, sheetName, header) : new Csv(out, header);
    }

    public static boolean isXlsx(String format) {
        return "xlsx".equalsIgnoreCase(format);
    }

    /** The file extension of the format. */
    public static String extension(String format) {
        return isXlsx(format) ? "xlsx" : "csv";
    }

    /** The media type of the format. */
    public static String mediaType(String format) {
        return isXlsx(format) ? TableExport.XLSX.toString() : "text/csv;charset=UTF-8";
    }

    /** Writes one row. */
    public abstract void row(List<?> values);

    /** How many rows were written (the header not counted). */
    public abstract long rows();

    @Override
    public abstract void close();

    private static final class Csv extends TableStream {

        private final CSVPrinter printer;
        private long rows;

        Csv(OutputStream out, List<String> header) {
            try {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
                printer.printRecord(header);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(List<?> values) {
            try {
                printer.printRecord(values.stream().map(TableExport::csvValue).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows++;
        }

        @Override
        public long rows() {
            return rows;
        }

        @Override
        public void close() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Xlsx extends TableStream {

        private final OutputStream out;
        private final SXSSFWorkbook workbook;
        private final Sheet sheet;
        private final TitledTable.Styles styles;
        private final int columns;
        private int next;

        Xlsx(OutputStream out, String sheetName, List<String> header) {
            this.out = out;
            this.workbook = new SXSSFWorkbook(WINDOW);
            this.workbook.setCompressTempFiles(true);
            this.sheet = workbook.createSheet(TitledTable.safeSheetName(sheetName));
            this.styles = new TitledTable.Styles(workbook);
            this.columns = header.size();
            Row head = sheet.createRow(next++);
            for (int c = 0; c < header.size(); c++) {
                var cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(c, 256 * TitledTable.DEFAULT_WIDTH);
            }
        }

        @Override
        public void row(List<?> values) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < Math.max(values.size(), columns); c++) {
                TitledTable.write(row.createCell(c), c < values.size() ? values.get(c) : null, styles);
            }
        }

        @Override
        public long rows() {
            return next - 1L;
        }

        @Override
        public void close() {
            try {
                workbook.write(out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                workbook.dispose(); // the temporary files of the rows beyond the window
                try {
                    workbook.close();
                } catch (IOException e) {
                    // the file is written; nothing is left to release
                }
            }
        }
    }
}
