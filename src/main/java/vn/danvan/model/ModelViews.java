package vn.danvan.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The read models shown with an entry. */
final class ModelViews {

    private ModelViews() {
    }

    /** An evaluation criterion (tiêu chí) with its maximum points and order. */
    public record Criterion(long id, String name, int maxPoints, int position, boolean active, long version) {
    }

    /** A result with a figure: "Số hộ thoát nghèo: 25 hộ". */
    public record ResultLine(String label, BigDecimal amount, String unitName) {
    }

    /** The points given for one criterion, with the criterion as it stood at the evaluation. */
    public record Score(String criterionName, int maxPoints, int points) {
    }

    /** A unit that took the model up (nhân rộng), when, and what came of it. */
    public record Replication(long id, String unitName, LocalDate takenUpOn, String outcome) {
    }
}
