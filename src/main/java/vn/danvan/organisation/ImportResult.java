package vn.danvan.organisation;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * What became of an import file: either every row was imported (and {@code imported} lists them by
 * row) or nothing was, and {@code problems} says why, row by row. Kept in the session for the
 * downloadable report, hence serializable.
 */
record ImportResult(ImportKind kind, String fileName, List<ImportProblem> problems,
        List<Imported> imported) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    ImportResult {
        problems = List.copyOf(problems);
        imported = List.copyOf(imported);
    }

    /** A created unit or person: its name, and the code and id of the unit it is or belongs to. */
    record Imported(int row, String name, String unitCode, long unitId) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    static ImportResult rejected(ImportKind kind, String fileName, List<ImportProblem> problems) {
        return new ImportResult(kind, fileName, problems, List.of());
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    /** How many distinct rows have at least one problem (a problem of the whole file counts as none). */
    public long faultyRows() {
        return problems.stream().mapToInt(ImportProblem::row).filter(r -> r > 0).distinct().count();
    }
}
