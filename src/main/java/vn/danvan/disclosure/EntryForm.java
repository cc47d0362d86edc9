package vn.danvan.disclosure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A content the unit has to make public, as typed: the catalogue item it falls under, what it is (e.g. "Dự toán
 * ngân sách xã năm 2026") and its basis day (the day the decision or document was issued, or the start of the
 * period), from which the item's time limit runs.
 */
record EntryForm(
        @NotNull(message = "{disclosure.error.itemRequired}") Long itemId,
        @NotBlank(message = "{disclosure.error.titleRequired}")
        @Size(max = 500, message = "{disclosure.error.titleTooLong}") String title,
        @NotNull(message = "{disclosure.error.basisDateRequired}") LocalDate basisDate,
        Long unitId) {

    static EntryForm blank(long unitId) {
        return new EntryForm(null, null, null, unitId);
    }
}
