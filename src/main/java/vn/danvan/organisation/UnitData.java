package vn.danvan.organisation;

/** The editable fields of a unit, already checked and cleaned. */
record UnitData(String code, String name, UnitKind kind, Long parentId, String address, String phone,
        String email) {
}
