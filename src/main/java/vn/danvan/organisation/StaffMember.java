package vn.danvan.organisation;

import java.util.Set;

/** An account of a unit that can be given work: who and with which roles. */
public record StaffMember(long accountId, String username, String fullName, long unitId, Set<Role> roles) {
}
