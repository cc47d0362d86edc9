package vn.danvan.shared.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ImportRowTests {

    enum Column implements ImportColumn {
        DAY;

        @Override
        public Definition definition() {
            return Definition.of("Ngày", "Date", false, "01/10/2026");
        }

        @Override
        public String helpKey() {
            return "x";
        }
    }

    private final List<ImportProblem> problems = new ArrayList<>();

    private LocalDate date(String cell) {
        ImportHeader header = ImportHeader.locate(List.of(Column.DAY), List.of("ngay"));
        return new ImportRow(new ImportTable.Line(2, List.of(cell)), header, problems).date(Column.DAY);
    }

    @Test
    void datesAreDayMonthYearWithOrWithoutLeadingZerosAndAnIgnoredTime() {
        assertThat(date("01/10/2026")).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(date("1/2/2026")).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(date("03/02/2026 14:30")).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(date("  ")).isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void anImpossibleOrOtherwiseWrittenDateIsAProblemOfItsCell() {
        assertThat(date("31/02/2026")).isNull();
        assertThat(date("2026-10-01")).isNull();
        assertThat(date("hôm qua")).isNull();

        assertThat(problems).containsExactly(ImportProblem.of(2, "ngay", "import.error.date", "31/02/2026"),
                ImportProblem.of(2, "ngay", "import.error.date", "2026-10-01"),
                ImportProblem.of(2, "ngay", "import.error.date", "hôm qua"));
    }
}
