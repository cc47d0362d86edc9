package vn.danvan.organisation.imports;

import java.io.Serial;
import java.io.Serializable;

/** A unit or person created by an import: its name, and the code and id of the unit it is or belongs to. */
public record Imported(int row, String name, String unitCode, long unitId) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
