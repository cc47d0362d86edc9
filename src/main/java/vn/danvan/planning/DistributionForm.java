package vn.danvan.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.organisation.UnitKind;

/**
 * A document sent to units, as typed: the document of the register or the unit's approved plan (one of the two), the
 * units chosen by hand, by kind or from a
 * saved list (all three add up), the name to save this list under (optional), the days to acknowledge and to
 * disseminate by, and a note.
 */
record DistributionForm(
        Long documentId,
        Long planId,
        List<Long> unitIds,
        List<UnitKind> unitKinds,
        Long listId,
        @Size(max = 200, message = "{distribution.error.listNameTooLong}") String saveAs,
        @NotNull(message = "{distribution.error.acknowledgeByRequired}") LocalDate acknowledgeBy,
        @NotNull(message = "{distribution.error.disseminateByRequired}") LocalDate disseminateBy,
        @Size(max = 2000, message = "{distribution.error.noteTooLong}") String note) {

    static DistributionForm blank(LocalDate today) {
        return new DistributionForm(null, null, List.of(), List.of(), null, null, today.plusDays(3), today.plusDays(15),
                null);
    }

    List<Long> units() {
        return unitIds == null ? List.of() : unitIds.stream().filter(Objects::nonNull).distinct().toList();
    }

    List<UnitKind> kinds() {
        return unitKinds == null ? List.of() : unitKinds.stream().filter(Objects::nonNull).distinct().toList();
    }
}
