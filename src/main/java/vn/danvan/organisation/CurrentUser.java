package vn.danvan.organisation;

import java.util.Set;

/** The signed-in account: who, in which unit, with which roles. */
public record CurrentUser(long accountId, String username, String displayName, long personId, long unitId,
        Set<Role> roles) implements java.io.Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** An officer or the head of their unit: who does the unit's own work. */
    public boolean unitStaff() {
        return has(Role.OFFICER) || has(Role.UNIT_HEAD);
    }

    /** District-wide roles see every unit; others see their unit and the units under it. */
    public boolean districtWide() {
        return roles.stream().anyMatch(Role.DISTRICT_WIDE::contains);
    }
}
