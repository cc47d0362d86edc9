package vn.danvan.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.TableStream;

/** The one way of a list export: at once up to the threshold, with the filter as given; never an XLSX too long. */
class ExportJobTests {

    /** A list of {@code rows} rows; remembers the parameters it was asked with. */
    private static final class Numbers extends ExportJob {

        final long rows;
        final List<Map<String, String>> asked = new ArrayList<>();

        Numbers(long rows) {
            this.rows = rows;
        }

        @Override
        public String kind() {
            return "numbers";
        }

        @Override
        protected String fileName() {
            return "so";
        }

        @Override
        protected String titleKey() {
            return "numbers.title";
        }

        @Override
        protected List<String> header() {
            return List.of("Số", "Chữ");
        }

        @Override
        protected long count(Map<String, String> params) {
            asked.add(params);
            return rows;
        }

        @Override
        protected void rows(Map<String, String> params, Consumer<List<?>> row) {
            for (long i = 1; i <= rows; i++) {
                row.accept(List.of(i, "=số " + i));
            }
        }
    }

    private static LongWorkService jobs(int exportThreshold) {
        return new LongWorkService(null, null, null, null, null, exportThreshold, 2000);
    }

    @Test
    void upToTheThresholdTheFileIsTheAnswerWithEveryRow() throws Exception {
        var list = new Numbers(30);
        Map<String, Object> filter = new HashMap<>();
        filter.put("q", "đường");
        filter.put("status", java.time.DayOfWeek.MONDAY);
        filter.put("unitId", null);
        var answer = list.export(filter, "xlsx", jobs(30));
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo("so.xlsx");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(30);
            assertThat(book.getSheetAt(0).getRow(30).getCell(1).getStringCellValue()).isEqualTo("=số 30");
        }
        assertThat(list.asked).containsExactly(Map.of("q", "đường", "status", "MONDAY", "format", "xlsx"));

        var csv = new Numbers(2).export(Map.of(), "csv", jobs(30));
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFSố,Chữ\r\n1,'=số 1\r\n2,'=số 2\r\n");
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    }

    @Test
    void aListLongerThanAnExcelSheetIsRefusedAsXlsxWithItsNumberOfRows() {
        var list = new Numbers(TableStream.XLSX_MAX_ROWS + 1L);
        assertThatThrownBy(() -> list.export(Map.of(), "xlsx", jobs(10_000)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("jobs.export.tooManyForXlsx");
                    assertThat(e.arguments()).containsExactly(TableStream.XLSX_MAX_ROWS + 1L, TableStream.XLSX_MAX_ROWS);
                });
    }
}
