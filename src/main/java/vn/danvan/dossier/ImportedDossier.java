package vn.danvan.dossier;

import java.io.Serializable;
import java.time.LocalDate;

/** A row imported from the dossier book: its row, the new dossier's id, code, procedure and state. */
record ImportedDossier(int row, long id, String code, String procedureName, LocalDate receivedOn,
        DossierState state) implements Serializable {
}
