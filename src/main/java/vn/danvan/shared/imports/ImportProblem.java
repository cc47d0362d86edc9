package vn.danvan.shared.imports;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import vn.danvan.shared.web.InvalidRequestException;

/**
 * Something wrong with one cell or row of an import file: the row number as the spreadsheet shows
 * it, the column's header as the file spells it (null when the whole row is at fault) and a message
 * key with its arguments (texts and numbers only, so that a report can be kept in the session).
 */
public record ImportProblem(int row, String column, String messageKey, List<Serializable> arguments)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem of(int row, String column, String messageKey, Object... arguments) {
        return new ImportProblem(row, column, messageKey,
                Arrays.stream(arguments).map(ImportProblem::serializable).toList());
    }

    /** A rule broken while reading or saving, as a problem of the row (0 for the whole file). */
    public static ImportProblem of(int row, InvalidRequestException e) {
        return of(row, null, e.messageKey(), e.arguments() == null ? new Object[0] : e.arguments());
    }

    /** The arguments as a message source takes them. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }

    private static Serializable serializable(Object argument) {
        return argument instanceof Number n ? (Serializable) n : String.valueOf(argument);
    }
}
