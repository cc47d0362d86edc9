package vn.danvan.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A guiding document no longer in force: why (guiding_document.retired_reason, V13) and the version shown. */
record RetireForm(
        @NotBlank(message = "{planning.error.reasonRequired}") @Size(max = 1000) String note,
        @NotNull Long version) {
}
