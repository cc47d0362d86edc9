package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A titled table opens in Excel with its title, a bold bordered header, real dates and real numbers. */
class TitledTableTests {

    private static Sheet sheet(TitledTable table) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(table.toXlsx())).getSheetAt(0);
    }

    @Test
    void titleLinesSpanTheTableAboveTheHeader() throws IOException {
        Sheet sheet = sheet(new TitledTable("Tổng hợp", List.of("TỔNG HỢP KẾT QUẢ", "Năm 2018"),
                List.of("Đơn vị", "Số phản ánh", "Ngày nộp"), List.of(), List.of(30, 12, 14)));
        assertThat(sheet.getSheetName()).isEqualTo("Tổng hợp");
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("TỔNG HỢP KẾT QUẢ");
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Năm 2018");
        assertThat(sheet.getMergedRegions()).hasSize(2);
        assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Số phản ánh");
        assertThat(sheet.getWorkbook().getFontAt(sheet.getRow(3).getCell(1).getCellStyle().getFontIndex()).getBold())
                .isTrue();
        assertThat(sheet.getColumnWidth(0)).isEqualTo(30 * 256);
        assertThat(sheet.getColumnWidth(1)).isEqualTo(12 * 256);
    }

    @Test
    void datesAndNumbersKeepTheirTypeAndEveryCellHasBorders() throws IOException {
        Sheet sheet = sheet(TitledTable.of("Bảng", List.of("Đơn vị", "Số", "Ngày"),
                List.of(Arrays.asList("Xã An Bình", 42, LocalDate.of(2018, 10, 15)), Arrays.asList("Trống", null, null))));
        var row = sheet.getRow(1);
        assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(42.0);
        assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2018, 10, 15));
        assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(row.getCell(0).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getBorderTop()).isEqualTo(BorderStyle.THIN);
        assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEmpty();
    }
}
