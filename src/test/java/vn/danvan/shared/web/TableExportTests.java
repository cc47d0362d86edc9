package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Exports cannot carry formulas: CSV cells that a spreadsheet would run are neutralised, XLSX cells are text. */
class TableExportTests {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"Bấm vào\")",
            "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1");

    @Test
    void aCsvCellThatWouldStartAFormulaStartsWithAQuote() throws IOException {
        List<List<Object>> rows = HOSTILE.stream().<List<Object>>map(t -> List.of(t, "An Bình", -5)).toList();
        byte[] body = TableExport.csv("x", List.of("Tiêu đề", "Đơn vị", "Số"), rows).getBody();
        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        for (int i = 0; i < HOSTILE.size(); i++) {
            CSVRecord record = records.get(i + 1);
            assertThat(record.get(0)).isEqualTo("'" + HOSTILE.get(i));
            assertThat(record.get(1)).isEqualTo("An Bình");
            assertThat(record.get(2)).as("a number stays a number").isEqualTo("-5");
        }
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(TableExport.neutralised("Đường ấp 3 hư hỏng")).isEqualTo("Đường ấp 3 hư hỏng");
        assertThat(TableExport.neutralised("PA-7K3M9-QXD2F")).isEqualTo("PA-7K3M9-QXD2F");
        assertThat(TableExport.neutralised("")).isEmpty();
    }

    @Test
    void anXlsxCellIsTypedTextNeverAFormula() throws IOException {
        List<List<Object>> rows = HOSTILE.stream().<List<Object>>map(t -> List.of(t)).toList();
        byte[] body = TableExport.xlsx("x", List.of("Tiêu đề"), rows).getBody();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            int texts = 0;
            for (Row row : book.getSheetAt(0)) {
                row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
                if (row.getCell(0) != null && HOSTILE.contains(row.getCell(0).getStringCellValue())) {
                    texts++;
                }
            }
            assertThat(texts).as("each value kept as the text typed").isEqualTo(HOSTILE.size());
        }
    }
}
