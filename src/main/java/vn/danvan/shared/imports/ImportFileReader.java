package vn.danvan.shared.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * Reads the first sheet of an XLSX workbook or a UTF-8 CSV file (comma or semicolon, with or
 * without a byte-order mark) into an {@link ImportTable}. The type is decided by the content, not
 * by the name: an XLSX file is a ZIP archive. Workbooks are read as a stream, so a large or
 * padded sheet never sits in memory whole; reading stops once the row limit is passed. Cells are
 * read as the sheet shows them, except dates, which read as {@code dd/MM/yyyy} whatever their
 * display format, so that a date typed in any locale's Excel means the same day.
 */
@Component
public class ImportFileReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** The container of old .xls workbooks and of password-protected .xlsx ones. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern SEPARATOR_HINT = Pattern.compile("\\Asep=(.)\\r?\\n");

    private final int maxRows;

    public ImportFileReader(@Value("${danvan.import.max-rows:5000}") int maxRows) {
        this.maxRows = maxRows;
    }

    public int maxRows() {
        return maxRows;
    }

    /** The table of the file; a file that cannot be read is an {@link InvalidRequestException}. */
    public ImportTable read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidRequestException("import.error.fileEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidRequestException("import.error.fileTooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        boolean zip = startsWith(content, ZIP);
        if (startsWith(content, OLE2) && (name.endsWith(".xlsx") || name.endsWith(".xls"))) {
            throw new InvalidRequestException("import.error.xlsxLegacy");
        }
        if (name.endsWith(".xlsx")) {
            if (!zip) {
                throw new InvalidRequestException("import.error.notXlsx");
            }
            return xlsx(content);
        }
        if (name.endsWith(".csv")) {
            if (zip) {
                throw new InvalidRequestException("import.error.notCsv");
            }
            return csv(content);
        }
        throw new InvalidRequestException("import.error.fileType");
    }

    private ImportTable csv(byte[] content) {
        int start = startsWith(content, BOM) ? BOM.length : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("import.error.csvEncoding");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidRequestException("import.error.notCsv");
        }
        char delimiter;
        var hint = SEPARATOR_HINT.matcher(text);
        if (hint.find()) {
            // Excel's "sep=;" first line names the separator and is not shown as a row.
            delimiter = hint.group(1).charAt(0);
            text = text.substring(hint.end());
        } else {
            delimiter = delimiter(text);
        }
        // Blank lines are kept as (blank) records so that record numbers are the spreadsheet's row numbers.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        var rows = new Rows();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                rows.add((int) record.getRecordNumber(), record.toList());
            }
        } catch (TooManyRows e) {
            throw tooManyRows();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidRequestException("import.error.csvMalformed", rows.lastRow());
        }
        return rows.table();
    }

    /** Semicolon when the header line has more semicolons than commas (Excel in many locales writes them). */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private ImportTable xlsx(byte[] content) {
        var rows = new Rows();
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            var reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidRequestException("import.error.xlsxUnreadable");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(workbook), new SheetRows(rows),
                        new HouseFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (TooManyRows e) {
            throw tooManyRows();
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                | IllegalArgumentException | IllegalStateException e) {
            // Not a workbook (another ZIP, a Word file), damaged, encrypted, or too inflated to be safe.
            if (e.getCause() instanceof TooManyRows) {
                throw tooManyRows();
            }
            throw new InvalidRequestException("import.error.xlsxUnreadable");
        }
        return rows.table();
    }

    private InvalidRequestException tooManyRows() {
        return new InvalidRequestException("import.error.tooManyRows", maxRows);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Collects rows: the first non-blank one is the header, blank ones are skipped, the limit is kept. */
    private final class Rows {

        private List<String> header;
        private final List<ImportTable.Line> lines = new ArrayList<>();
        private int lastRow;

        void add(int number, List<String> cells) {
            lastRow = number;
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (header == null) {
                header = cells;
                return;
            }
            if (lines.size() == maxRows) {
                throw new TooManyRows();
            }
            lines.add(new ImportTable.Line(number, cells));
        }

        int lastRow() {
            return lastRow;
        }

        ImportTable table() {
            if (header == null) {
                throw new InvalidRequestException("import.error.fileEmpty");
            }
            return new ImportTable(header, lines);
        }
    }

    private static final class TooManyRows extends RuntimeException {

        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** Turns the workbook's cell events into rows of text, filling skipped (empty) cells with "". */
    private static final class SheetRows implements SheetContentsHandler {

        private final Rows rows;
        private List<String> cells;

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /**
     * Formats cells as Excel shows them in a US locale, but dates as {@code dd/MM/yyyy} (with
     * {@code HH:mm} when they carry a time): Excel's default date format is the reader's locale's
     * short date, which would make 1 October read as "10/1/26".
     */
    private static final class HouseFormatter extends DataFormatter {

        HouseFormatter() {
            super(Locale.US);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            if (value >= 1 && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, use1904Windowing);
                return (time.toLocalTime().equals(LocalTime.MIDNIGHT) ? DanVanTime.DATE : DanVanTime.DATE_TIME)
                        .format(time);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
