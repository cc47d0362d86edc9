package vn.danvan.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A plan item as typed. The sizes are the columns' (V13); the target number fits numeric(14, 2) and
 * is typed as in Viet Nam, "2,5" or "1.000" ({@link ItemRules#number}); the due date dd/MM/yyyy.
 */
record PlanItemForm(
        @NotNull DirectiveTask task,
        @NotBlank @Size(max = 1000) String professionalWork,
        @NotBlank @Size(max = 4000) String content,
        @NotNull Long ownerAccountId,
        @NotNull LocalDate dueDate,
        @NotBlank @Size(max = 500) String targetText,
        @Positive(message = "{planning.error.targetNumber}")
        @Digits(integer = 12, fraction = 2, message = "{planning.error.targetNumberDigits}") BigDecimal targetNumber,
        @Size(max = 100) String targetUnit,
        List<Long> guideIds,
        Long version) {

    static PlanItemForm empty() {
        return new PlanItemForm(null, null, null, null, null, null, null, null, List.of(), 0L);
    }

    static PlanItemForm of(PlanItem item) {
        return new PlanItemForm(item.task(), item.professionalWork(), item.content(), item.ownerAccountId(),
                item.dueDate(), item.targetText(), item.targetNumber(), item.targetUnit(),
                item.guides().stream().map(PlanItem.GuideReference::id).toList(), item.version());
    }

    /** The cited documents, each once. */
    List<Long> guides() {
        return guideIds == null ? List.of() : guideIds.stream().filter(Objects::nonNull).distinct().toList();
    }
}
