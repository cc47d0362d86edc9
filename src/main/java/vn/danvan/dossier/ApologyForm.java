package vn.danvan.dossier;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The apology slip (phiếu xin lỗi và hẹn lại ngày trả kết quả): the new date (dd/MM/yyyy) and the reason,
 * with the version of the dossier shown (hidden). The reason is kept in apology_reason (2000) and, followed
 * by " (dd/MM/yyyy)", as the note of the history step (dossier_step.note, 2000): hence at most 1987
 * characters, so that both fit.
 */
record ApologyForm(
        @NotNull Long version,
        @NotNull(message = "{dossier.error.newDate}") LocalDate newDate,
        @NotBlank(message = "{dossier.error.apologyReasonRequired}") @Size(max = ApologyForm.REASON_MAX) String reason) {

    /** apology_reason and dossier_step.note are 2000; the step adds " (dd/MM/yyyy)", 13 characters. */
    static final int REASON_MAX = 1987;

    static ApologyForm blank(long version) {
        return new ApologyForm(version, null, null);
    }
}
