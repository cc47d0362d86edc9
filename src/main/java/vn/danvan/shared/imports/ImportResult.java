package vn.danvan.shared.imports;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * What became of an import file: either every row was imported (and {@code imported} lists them by
 * row) or nothing was, and {@code problems} says why, row by row. Kept in the session for the
 * downloadable report, hence serializable.
 *
 * @param <T> what the module shows of each imported row
 */
public record ImportResult<T extends Serializable>(String fileName, List<ImportProblem> problems, List<T> imported)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    public ImportResult {
        problems = List.copyOf(problems);
        imported = List.copyOf(imported);
    }

    public static <T extends Serializable> ImportResult<T> rejected(String fileName, List<ImportProblem> problems) {
        return new ImportResult<>(fileName, problems, List.of());
    }

    public static <T extends Serializable> ImportResult<T> succeeded(String fileName, List<T> imported) {
        return new ImportResult<>(fileName, List.of(), imported);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    /** How many distinct rows have at least one problem (a problem of the whole file counts as none). */
    public long faultyRows() {
        return problems.stream().mapToInt(ImportProblem::row).filter(r -> r > 0).distinct().count();
    }
}
