package vn.danvan.inspection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The filled-in checklist of a draft inspection record: each item's result and note by the item's id
 * ({@code results[12]=PASS}, {@code notes[12]=...}), the findings and the conclusion, and the version the
 * page showed. The sizes are the columns' (inspection_check.note varchar(2000), inspection.findings and
 * conclusion varchar(8000), V19).
 */
record ChecklistForm(
        Map<Long, CheckResult> results,
        Map<Long, @Size(max = 2000) String> notes,
        @Size(max = 8000) String findings,
        @Size(max = 8000) String conclusion,
        @NotNull Long version) {

    /** No result or note sent is an empty map (so that the page reads each item's box); it never fails. */
    ChecklistForm {
        results = results == null ? new HashMap<>() : results;
        notes = notes == null ? new HashMap<>() : notes;
    }

    /** The record as it is kept, to fill the form in. */
    static ChecklistForm of(Records.Inspection inspection, List<Records.Check> checks) {
        Map<Long, CheckResult> results = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        for (Records.Check c : checks) {
            results.put(c.id(), c.result());
            notes.put(c.id(), c.note());
        }
        return new ChecklistForm(results, notes, inspection.findings(), inspection.conclusion(), inspection.version());
    }
}
