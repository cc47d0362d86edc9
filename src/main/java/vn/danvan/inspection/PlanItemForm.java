package vn.danvan.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A checklist item added to a draft plan (inspection_plan_item.item_text is varchar(1000), V19). */
record PlanItemForm(@NotBlank(message = "{inspection.error.itemRequired}") @Size(max = 1000) String itemText) {
}
