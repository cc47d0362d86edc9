package vn.danvan.petition.imports;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/** A petition received from a row of an import file, as the result page lists it. */
record ImportedPetition(int row, long id, String code, String title, LocalDate receivedOn, LocalDate answerDue)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
