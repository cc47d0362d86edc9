package vn.danvan.shared.imports;

import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;

import vn.danvan.shared.web.InvalidRequestException;

/**
 * A row that passed the checks but could not be saved (another person took its code in the
 * meantime, the database refused it); thrown out of the import's transaction so that every row
 * saved before it is rolled back.
 */
public class ImportFailedException extends RuntimeException {

    private final transient ImportProblem problem;

    public ImportFailedException(ImportProblem problem, Throwable cause) {
        // the message names the row and the rule only: the arguments may quote the file's cells
        super("row " + problem.row() + ": " + problem.messageKey(), cause);
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }

    /** Saves one row and gives what the saving gave; a failure names the row and leaves the transaction to roll back. */
    public static <T> T saveRow(int row, Supplier<T> creation) {
        try {
            return creation.get();
        } catch (InvalidRequestException e) {
            throw new ImportFailedException(ImportProblem.of(row, e), e);
        } catch (DataAccessException e) {
            throw new ImportFailedException(ImportProblem.of(row, null, "import.error.saveFailed"), e);
        }
    }
}
