package vn.danvan.organisation;

import java.time.LocalDate;

/** A unit (đơn vị) as other modules and screens see it. */
public record UnitView(long id, String code, String name, UnitKind kind, Long parentId, Long headPersonId,
        String headName, String address, String phone, String email, LocalDate retiredOn, String retiredReason,
        int depth, long version) {

    public boolean retired() {
        return retiredOn != null;
    }
}
