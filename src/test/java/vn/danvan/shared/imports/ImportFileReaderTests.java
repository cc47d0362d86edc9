package vn.danvan.shared.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.shared.imports.ImportFixtures.row;
import static vn.danvan.shared.imports.ImportFixtures.withBom;
import static vn.danvan.shared.imports.ImportFixtures.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.junit.jupiter.api.Test;

import vn.danvan.shared.web.InvalidRequestException;

class ImportFileReaderTests {

    private final ImportFileReader reader = new ImportFileReader(5000);

    @Test
    void csvWithByteOrderMarkAndSemicolonsIsRead() {
        byte[] csv = withBom("Mã đơn vị;Tên đơn vị;Loại đơn vị\r\nXA1;Ủy ban nhân dân xã Một, huyện Hai;COMMUNE_COMMITTEE\r\n");

        ImportTable table = reader.read("don-vi.csv", csv);

        assertThat(table.header()).containsExactly("Mã đơn vị", "Tên đơn vị", "Loại đơn vị");
        assertThat(table.lines()).containsExactly(new ImportTable.Line(2,
                List.of("XA1", "Ủy ban nhân dân xã Một, huyện Hai", "COMMUNE_COMMITTEE")));
    }

    @Test
    void csvWithCommasKeepsRowNumbersAcrossBlankLinesAndQuotedLineBreaks() {
        byte[] csv = "Code,Name,Kind\nA,\"Tên, có dấu phẩy\",X\n\nB,\"Hai\ndòng\",Y\n".getBytes(StandardCharsets.UTF_8);

        ImportTable table = reader.read("units.CSV", csv);

        assertThat(table.lines()).extracting(ImportTable.Line::number).containsExactly(2, 4);
        assertThat(table.lines().get(0).cells()).containsExactly("A", "Tên, có dấu phẩy", "X");
        assertThat(table.lines().get(1).cell(1)).isEqualTo("Hai\ndòng");
    }

    @Test
    void excelSeparatorHintLineIsNotARow() {
        ImportTable table = reader.read("a.csv", "sep=;\nCode;Name\nA;B,C\n".getBytes(StandardCharsets.UTF_8));

        assertThat(table.header()).containsExactly("Code", "Name");
        assertThat(table.lines()).containsExactly(new ImportTable.Line(2, List.of("A", "B,C")));
    }

    @Test
    void csvThatIsNotUtf8IsRejectedWithAHint() {
        byte[] latin = "Mã,Tên\nA,Đức\n".getBytes(Charset.forName("windows-1258"));

        assertThatThrownBy(() -> reader.read("a.csv", latin)).hasMessage("import.error.csvEncoding");
    }

    @Test
    void xlsxBuiltWithPoiIsReadFromItsFirstSheetWithSpreadsheetRowNumbers() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Điện thoại");
            row(sheet, 1, "A", "Phòng Một", "SPECIALISED_OFFICE");
            XSSFRow numeric = sheet.createRow(4);
            numeric.createCell(0).setCellValue("B");
            numeric.createCell(3).setCellValue(2743672100d);
            sheet.createRow(6).createCell(1).setCellValue("   ");
        });

        ImportTable table = reader.read("units.xlsx", xlsx);

        assertThat(table.header()).containsExactly("Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Điện thoại");
        assertThat(table.lines()).extracting(ImportTable.Line::number).containsExactly(2, 5);
        assertThat(table.lines().get(1).cells()).containsExactly("B", "", "", "2743672100");
    }

    @Test
    void dateCellsReadAsDayMonthYearWhateverTheirDisplayFormat() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "Ngày", "Lúc", "Số");
            XSSFRow data = sheet.createRow(1);
            var wb = sheet.getWorkbook();
            var shortDate = wb.createCellStyle();
            shortDate.setDataFormat((short) 14); // Excel's "m/d/yy", shown in the reader's own short-date form
            var dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            data.createCell(0).setCellValue(java.time.LocalDate.of(2026, 10, 1));
            data.getCell(0).setCellStyle(shortDate);
            data.createCell(1).setCellValue(java.time.LocalDateTime.of(2026, 2, 3, 14, 30));
            data.getCell(1).setCellStyle(dateTime);
            data.createCell(2).setCellValue(45.5);
        });

        assertThat(reader.read("d.xlsx", xlsx).lines().get(0).cells()).containsExactly("01/10/2026", "03/02/2026 14:30",
                "45.5");
    }

    @Test
    void aTextFileNamedXlsxIsRejected() {
        byte[] text = "Mã đơn vị,Tên đơn vị\nA,B\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("units.xlsx", text)).hasMessage("import.error.notXlsx");
    }

    @Test
    void aZipThatIsNotAWorkbookIsRejected() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> reader.read("units.xlsx", out.toByteArray()))
                .hasMessage("import.error.xlsxUnreadable");
        assertThatThrownBy(() -> reader.read("units.csv", out.toByteArray())).hasMessage("import.error.notCsv");
    }

    @Test
    void anOldOrPasswordProtectedWorkbookIsRecognised() throws IOException {
        byte[] xls;
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.createSheet("Cũ").createRow(0).createCell(0).setCellValue("Mã đơn vị");
            workbook.write(out);
            xls = out.toByteArray();
        }

        assertThatThrownBy(() -> reader.read("units.xls", xls)).hasMessage("import.error.xlsxLegacy");
        assertThatThrownBy(() -> reader.read("units.xlsx", xls)).hasMessage("import.error.xlsxLegacy");
    }

    @Test
    void otherFileTypesAndEmptyFilesAreRejected() {
        assertThatThrownBy(() -> reader.read("units.xls", new byte[] {1, 2, 3})).hasMessage("import.error.fileType");
        assertThatThrownBy(() -> reader.read("units.csv", new byte[0])).hasMessage("import.error.fileEmpty");
        assertThatThrownBy(() -> reader.read("units.csv", withBom("\n\n"))).hasMessage("import.error.fileEmpty");
    }

    @Test
    void aFileOverFiveMegabytesIsRejected() {
        byte[] big = new byte[ImportFileReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');

        assertThatThrownBy(() -> reader.read("units.csv", big)).hasMessage("import.error.fileTooLarge");
    }

    @Test
    void tooManyRowsIsAnErrorOfTheFileWhateverItsType() throws IOException {
        var small = new ImportFileReader(3);
        String csv = "Code,Name\nA,1\nB,2\n\nC,3\n";
        assertThat(small.read("a.csv", csv.getBytes(StandardCharsets.UTF_8)).lines()).hasSize(3);

        assertThatThrownBy(() -> small.read("a.csv", (csv + "D,4\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.error.tooManyRows");
                    assertThat(e.arguments()).containsExactly(3);
                });
        byte[] xlsx = workbook(sheet -> {
            for (int r = 0; r <= 4; r++) {
                row(sheet, r, "x" + r, "y");
            }
        });
        assertThatThrownBy(() -> small.read("a.xlsx", xlsx)).hasMessage("import.error.tooManyRows");
    }

    @Test
    void theDelimiterIsTheOneTheHeaderLineUsesMost() {
        assertThat(ImportFileReader.delimiter("a;b;\"c,d,e\"\n1,2,3")).isEqualTo(';');
        assertThat(ImportFileReader.delimiter("a,b;c,d")).isEqualTo(',');
        assertThat(ImportFileReader.delimiter("single")).isEqualTo(',');
    }
}
