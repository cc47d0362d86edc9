package vn.danvan.planning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The progress of an item as typed: a percentage and a note on what was done (progress_note, V13). */
record ProgressForm(
        @NotNull
        @Min(value = 0, message = "{planning.error.progress}") @Max(value = 100, message = "{planning.error.progress}") Integer progress,
        @Size(max = 2000) String progressNote,
        Long version) {

    static ProgressForm of(PlanItem item) {
        return new ProgressForm(item.progress(), item.progressNote(), item.version());
    }
}
