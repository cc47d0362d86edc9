package vn.danvan.organisation;

import java.util.Set;

/** An account of a unit that can be given work: who and with which roles. */
public record StaffMember(long accountId, String username, String fullName, long unitId, Set<Role> roles) {

    /** An officer or the head of the unit: who is told of the unit's own work (a reminder, a document to read). */
    public boolean unitStaff() {
        return roles.contains(Role.OFFICER) || roles.contains(Role.UNIT_HEAD);
    }
}
