package vn.danvan.shared.imports;

import java.util.List;

/**
 * The outcome of checking every row of an import file: what to create, in the order to create it,
 * or, when any row is wrong, the problems (by row and column) and nothing to create.
 */
public record ImportCheck<T>(List<T> toCreate, List<ImportProblem> problems) {

    public ImportCheck {
        toCreate = List.copyOf(toCreate);
        problems = List.copyOf(problems);
    }

    public static <T> ImportCheck<T> of(List<T> toCreate, List<ImportProblem> problems, ImportHeader header) {
        return new ImportCheck<>(problems.isEmpty() ? toCreate : List.of(),
                problems.stream().sorted(header.reportOrder()).toList());
    }

    public boolean passed() {
        return problems.isEmpty();
    }
}
