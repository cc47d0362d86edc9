package vn.danvan.organisation.units;

import vn.danvan.organisation.UnitKind;

/** The editable fields of a unit, already checked and cleaned. */
public record UnitData(String code, String name, UnitKind kind, Long parentId, String address, String phone,
        String email) {
}
