package vn.danvan.shared.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files for tests of every importing module: workbooks built with POI and CSV text with a byte-order mark. */
public final class ImportFixtures {

    private ImportFixtures() {
    }

    /** UTF-8 text with the byte-order mark Excel writes in front of a "CSV UTF-8" file. */
    public static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

    /** An XLSX workbook whose first sheet the given code fills; a second sheet is there to be ignored. */
    public static byte[] workbook(Consumer<XSSFSheet> fill) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("Dữ liệu"));
            workbook.createSheet("Khác").createRow(0).createCell(0).setCellValue("ignored");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A row of text cells at a 0-based index. */
    public static XSSFRow row(XSSFSheet sheet, int index, String... values) {
        XSSFRow row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
        return row;
    }
}
