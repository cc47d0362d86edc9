package vn.danvan.jobs;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import vn.danvan.shared.imports.ImportFailedException;
import vn.danvan.shared.imports.ImportProblem;
import vn.danvan.shared.imports.ImportResult;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * The end of an import run in the background, as the job's page shows it: the file's name, the rows accepted
 * (row number, what became of it, a link to the record) and the rows refused (row number, column, the reason
 * as a message key with its arguments, read in the viewer's language). An import is all or nothing, so one of
 * the two lists is empty.
 */
public record RowReport(String fileName, List<Accepted> accepted, List<Refused> refused) {

    public RowReport {
        accepted = accepted == null ? List.of() : List.copyOf(accepted);
        refused = refused == null ? List.of() : List.copyOf(refused);
    }

    /** A row that became a record: its row number, a label (code, name) and the record's page, or null. */
    public record Accepted(int row, String label, String link) {
    }

    /**
     * A problem of a row (0: of the whole file), in the column as the file spells it (or null); the arguments
     * are texts and numbers, as {@link ImportProblem}'s.
     */
    public record Refused(int row, String column, String messageKey, List<Object> arguments) {

        public Refused {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }

    /** The report of a module's import result, each imported row described by {@code accepted}. */
    public static <T extends Serializable> RowReport of(ImportResult<T> result, Function<T, Accepted> accepted) {
        return new RowReport(result.fileName(), result.imported().stream().map(accepted).toList(),
                result.problems().stream().map(RowReport::refused).toList());
    }

    /**
     * Runs a module's import of a file, all or nothing, and reports it: a file that cannot be read, or a row
     * that fails while saving, becomes a refused report as on the synchronous result page.
     */
    public static <T extends Serializable> RowReport importing(String fileName, Supplier<ImportResult<T>> importer,
            Function<T, Accepted> accepted) {
        ImportResult<T> result;
        try {
            result = importer.get();
        } catch (ImportFailedException e) {
            result = ImportResult.rejected(fileName, List.of(e.problem()));
        } catch (InvalidRequestException e) {
            result = ImportResult.rejected(fileName, List.of(ImportProblem.of(0, e)));
        }
        return of(result, accepted);
    }

    private static Refused refused(ImportProblem p) {
        return new Refused(p.row(), p.column(), p.messageKey(), p.arguments().stream().<Object>map(a -> a).toList());
    }

    public boolean succeeded() {
        return refused.isEmpty();
    }

    /** How many distinct rows were refused (a problem of the whole file counts as none). */
    public long refusedRows() {
        return refused.stream().mapToInt(Refused::row).filter(r -> r > 0).distinct().count();
    }
}
