package vn.danvan.planning;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.shared.DanVanTime;

/** A plan item as typed; the due date and the target number stay text so that a wrong value comes back as typed. */
record PlanItemForm(
        @NotNull(message = "{validation.required}") DirectiveTask task,
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.size.max}") String professionalWork,
        @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.size.max}") String content,
        @NotNull(message = "{validation.required}") Long ownerAccountId,
        @NotBlank(message = "{validation.required}") String dueDate,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size.max}") String targetText,
        @Size(max = 20, message = "{validation.size.max}") String targetNumber,
        @Size(max = 100, message = "{validation.size.max}") String targetUnit,
        List<Long> guideIds,
        long version) {

    static PlanItemForm empty() {
        return new PlanItemForm(null, null, null, null, null, null, null, null, List.of(), 0);
    }

    static PlanItemForm of(PlanItem item) {
        return new PlanItemForm(item.task(), item.professionalWork(), item.content(), item.ownerAccountId(),
                item.dueDate().format(DanVanTime.DATE), item.targetText(),
                item.targetNumber() == null ? null : PlanItem.number(item.targetNumber()).replace(".", ""),
                item.targetUnit(), item.guides().stream().map(PlanItem.GuideReference::id).toList(), item.version());
    }

    public List<Long> guides() {
        return guideIds == null ? List.of() : guideIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
