package vn.danvan.organisation;

/**
 * A row that passed the checks but could not be saved (another administrator took its code in the
 * meantime, the database refused it); thrown out of the import's transaction so that every row
 * saved before it is rolled back.
 */
class ImportFailedException extends RuntimeException {

    private final transient ImportProblem problem;

    ImportFailedException(ImportProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    ImportProblem problem() {
        return problem;
    }
}
