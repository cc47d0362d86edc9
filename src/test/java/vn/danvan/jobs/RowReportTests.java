package vn.danvan.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.danvan.shared.imports.ImportFailedException;
import vn.danvan.shared.imports.ImportProblem;
import vn.danvan.shared.imports.ImportResult;
import vn.danvan.shared.web.InvalidRequestException;

/** An import's end as a job reports it: the rows accepted, or the rows refused with their reasons, never both. */
class RowReportTests {

    @Test
    void anImportedFileListsEveryRowWithItsLabelAndLink() {
        RowReport report = RowReport.importing("don.csv",
                () -> ImportResult.succeeded("don.csv", List.of("PA-1", "PA-2")),
                code -> new RowReport.Accepted(code.endsWith("1") ? 2 : 3, code, "/petitions/" + code));
        assertThat(report.succeeded()).isTrue();
        assertThat(report.fileName()).isEqualTo("don.csv");
        assertThat(report.accepted()).containsExactly(new RowReport.Accepted(2, "PA-1", "/petitions/PA-1"),
                new RowReport.Accepted(3, "PA-2", "/petitions/PA-2"));
        assertThat(report.refused()).isEmpty();
        assertThat(report.refusedRows()).isZero();
    }

    @Test
    void aRejectedFileKeepsEachProblemWithItsRowColumnAndArguments() {
        RowReport report = RowReport.importing("don.csv", () -> ImportResult.<String>rejected("don.csv", List.of(
                        ImportProblem.of(3, "Thư điện tử", "validation.email"),
                        ImportProblem.of(3, "Tiêu đề", "import.error.tooLong", 300),
                        ImportProblem.of(5, null, "petition.import.error.alreadyImported", "PA-X"))),
                code -> new RowReport.Accepted(0, code, null));
        assertThat(report.succeeded()).isFalse();
        assertThat(report.accepted()).isEmpty();
        assertThat(report.refusedRows()).isEqualTo(2);
        assertThat(report.refused().get(1)).isEqualTo(
                new RowReport.Refused(3, "Tiêu đề", "import.error.tooLong", List.of(300)));
        assertThat(report.refused().get(1).argumentArray()).containsExactly(300);
    }

    @Test
    void aRowThatFailsWhileSavingOrAFileThatCannotBeReadIsARefusal() {
        RowReport saving = RowReport.importing("don.csv", () -> {
            throw new ImportFailedException(ImportProblem.of(4, null, "import.error.saveFailed"), null);
        }, code -> new RowReport.Accepted(0, String.valueOf(code), null));
        assertThat(saving.refused()).containsExactly(new RowReport.Refused(4, null, "import.error.saveFailed", List.of()));

        RowReport unreadable = RowReport.importing("don.xlsx", () -> {
            throw new InvalidRequestException("import.error.tooManyRows", 5000);
        }, code -> new RowReport.Accepted(0, String.valueOf(code), null));
        assertThat(unreadable.refused()).containsExactly(
                new RowReport.Refused(0, null, "import.error.tooManyRows", List.of(5000)));
        assertThat(unreadable.refusedRows()).isZero();
        assertThat(unreadable.succeeded()).isFalse();
    }
}
