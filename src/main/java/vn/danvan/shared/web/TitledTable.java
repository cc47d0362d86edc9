package vn.danvan.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.danvan.shared.DanVanTime;

/**
 * A table for a spreadsheet (XLSX): title lines merged across the table and centred in bold, a
 * bold header row, every cell bordered, column widths in characters, dates as date cells shown
 * dd/MM/yyyy, date-times as dd/MM/yyyy HH:mm (in Vietnam's time) and numbers as numbers, so that
 * Excel can sum and sort them. List exports and the consolidated tables of reports both write
 * through it.
 */
public record TitledTable(String sheetName, List<String> title, List<String> header, List<List<Object>> rows,
        List<Integer> widths) {

    static final int DEFAULT_WIDTH = 28;

    public TitledTable {
        title = title == null ? List.of() : List.copyOf(title);
        header = List.copyOf(header);
        widths = widths == null ? List.of() : List.copyOf(widths);
    }

    /** A table without title lines, every column of the default width. */
    public static TitledTable of(String sheetName, List<String> header, List<List<Object>> rows) {
        return new TitledTable(sheetName, List.of(), header, rows, List.of());
    }

    public byte[] toXlsx() {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(safeSheetName(sheetName));
            Styles styles = new Styles(workbook);
            int r = 0;
            int lastColumn = Math.max(header.size() - 1, 0);
            for (String line : title) {
                Row row = sheet.createRow(r);
                Cell cell = row.createCell(0);
                cell.setCellValue(line);
                cell.setCellStyle(styles.title);
                if (lastColumn > 0) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastColumn));
                }
                r++;
            }
            if (!title.isEmpty()) {
                r++;
            }
            Row head = sheet.createRow(r++);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(styles.header);
            }
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < Math.max(values.size(), header.size()); c++) {
                    write(row.createCell(c), c < values.size() ? values.get(c) : null, styles);
                }
            }
            for (int c = 0; c < header.size(); c++) {
                int width = c < widths.size() && widths.get(c) != null ? widths.get(c) : DEFAULT_WIDTH;
                sheet.setColumnWidth(c, 256 * Math.min(width, 255));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Cell cell, Object value, Styles styles) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(styles.number);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
        } else if (value instanceof OffsetDateTime t) {
            cell.setCellValue(t.atZoneSameInstant(DanVanTime.ZONE).toLocalDateTime());
            cell.setCellStyle(styles.dateTime);
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(styles.dateTime);
        } else {
            cell.setCellValue(value == null ? "" : String.valueOf(value));
            cell.setCellStyle(styles.text);
        }
    }

    static String safeSheetName(String name) {
        String s = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[\\\\/?*\\[\\]:]", "-");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(workbook);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            number = bordered(workbook);
            number.setVerticalAlignment(VerticalAlignment.TOP);
            date = bordered(workbook);
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            date.setVerticalAlignment(VerticalAlignment.TOP);
            dateTime = bordered(workbook);
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            dateTime.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
