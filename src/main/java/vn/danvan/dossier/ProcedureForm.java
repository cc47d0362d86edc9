package vn.danvan.dossier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A procedure of the catalogue as typed by Home Affairs: the code (upper-cased when kept; its format and
 * uniqueness are {@link DossierProcedures#check}'s), name, field, time limit in working days (1-365), fee in
 * whole đồng (blank is 0), the unit that handles it, whether it is in use, and the version shown when
 * editing. The sizes are the columns' (V25: code 40, name 500, field 200); the fee is at most a billion đồng.
 */
record ProcedureForm(
        @NotBlank(message = "{dossier.error.codeMissing}") @Size(max = 40) String code,
        @NotBlank(message = "{dossier.error.procedureNameMissing}") @Size(max = 500) String name,
        @NotBlank(message = "{dossier.error.fieldMissing}") @Size(max = 200) String field,
        @NotNull(message = "{dossier.error.timeLimit}") @Min(value = 1, message = "{dossier.error.timeLimit}")
        @Max(value = 365, message = "{dossier.error.timeLimit}") Integer timeLimit,
        @PositiveOrZero(message = "{dossier.error.fee}") @Max(value = 1_000_000_000L, message = "{dossier.error.fee}") Long fee,
        @NotNull(message = "{dossier.error.unitMissing}") Long unitId,
        Boolean active,
        Long version) {

    static ProcedureForm empty() {
        return new ProcedureForm(null, null, null, null, 0L, null, true, null);
    }

    static ProcedureForm of(Procedure p) {
        return new ProcedureForm(p.code(), p.name(), p.field(), p.timeLimit(), p.fee(), p.unitId(), p.active(),
                p.version());
    }
}
