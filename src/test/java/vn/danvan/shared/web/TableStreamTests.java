package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Exports written row by row: the same file rules as TableExport, for many more rows than the window. */
class TableStreamTests {

    private static final List<String> HEADER = List.of("Mã", "Tiêu đề", "Ngày", "Số");

    @Test
    void anXlsxOfManyMoreRowsThanTheWindowHasEveryRowTypedAndNoFormula() throws Exception {
        int rows = TableStream.WINDOW * 5 + 7;
        var out = new ByteArrayOutputStream();
        try (TableStream table = TableStream.of("xlsx", out, "phan-anh", HEADER)) {
            for (int i = 1; i <= rows; i++) {
                table.row(Arrays.asList("PA-" + i, i == 3 ? "=HYPERLINK(\"http://x\")" : "Đường sạt lở " + i,
                        LocalDate.of(2026, 12, 6), i));
            }
            assertThat(table.rows()).isEqualTo(rows);
        }
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("phan-anh");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Tiêu đề");
            assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            var last = sheet.getRow(rows);
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("PA-" + rows);
            assertThat(last.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(last.getCell(3).getNumericCellValue()).isEqualTo(rows);
            assertThat(new DataFormatter().formatCellValue(last.getCell(2))).isEqualTo("06/12/2026");
            var formula = sheet.getRow(3).getCell(1);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
        }
    }

    @Test
    void theTemporaryFilesOfTheWindowAreGoneOnceTheFileIsWritten() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        long before = count(tmp);
        var out = new ByteArrayOutputStream();
        try (TableStream table = TableStream.of("xlsx", out, "x", HEADER)) {
            for (int i = 0; i < TableStream.WINDOW * 3; i++) {
                table.row(List.of("a" + i, "b", LocalDate.of(2026, 1, 1), i));
            }
        }
        assertThat(count(tmp)).isLessThanOrEqualTo(before);
    }

    @Test
    void aCsvHasItsMarkItsHeaderAndNeutralisedFormulasAndDatesAsVietnamWritesThem() {
        var out = new ByteArrayOutputStream();
        try (TableStream table = TableStream.of("csv", out, "x", HEADER)) {
            table.row(Arrays.asList("PA-1", "=1+2", LocalDate.of(2026, 12, 6), 12));
            table.row(Arrays.asList("PA-2", null, null, null));
            assertThat(table.rows()).isEqualTo(2);
        }
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).containsExactly("Mã,Tiêu đề,Ngày,Số", "PA-1,'=1+2,06/12/2026,12", "PA-2,,,");
    }

    @Test
    void formatsNameTheirExtensionAndType() {
        assertThat(TableStream.extension("XLSX")).isEqualTo("xlsx");
        assertThat(TableStream.extension("csv")).isEqualTo("csv");
        assertThat(TableStream.extension("ods")).isEqualTo("csv");
        assertThat(TableStream.mediaType("xlsx")).isEqualTo(TableExport.XLSX.toString());
        assertThat(TableStream.mediaType("csv")).startsWith("text/csv");
    }

    private static long count(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
