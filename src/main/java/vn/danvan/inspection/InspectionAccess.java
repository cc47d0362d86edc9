package vn.danvan.inspection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.Role;

/**
 * Who may see and change inspection records and violations. Home Affairs and the leaders run
 * inspections and decide cases; administrators read everything; the members of an inspection's team
 * see and fill in that inspection and its violations; the head of the inspected unit reads them; the
 * official concerned reads their own case and nothing else. Everyone else sees nothing (403).
 */
@Component
class InspectionAccess {

    private final OrganisationScope scope;
    private final JdbcClient jdbc;

    InspectionAccess(OrganisationScope scope, JdbcClient jdbc) {
        this.scope = scope;
        this.jdbc = jdbc;
    }

    CurrentUser user() {
        return scope.requireUser();
    }

    /** Home Affairs and the leaders: plan, record, decide. */
    static boolean manager(CurrentUser user) {
        return user.has(Role.HOME_AFFAIRS) || user.has(Role.LEADER);
    }

    /** Managers and administrators see every inspection record and case. */
    static boolean seesAll(CurrentUser user) {
        return manager(user) || user.has(Role.ADMIN);
    }

    boolean isManager() {
        return manager(user());
    }

    void requireManager() {
        if (!isManager()) {
            throw new AccessDeniedException("not Home Affairs or a leader");
        }
    }

    boolean inTeam(long inspectionId) {
        return jdbc.sql("select count(*) from inspection_member where inspection_id = :i and person_id = :p")
                .param("i", inspectionId).param("p", user().personId()).query(Long.class).single() > 0;
    }

    boolean inPlanTeam(long planId) {
        return jdbc.sql("select count(*) from inspection_plan_member where plan_id = :i and person_id = :p")
                .param("i", planId).param("p", user().personId()).query(Long.class).single() > 0;
    }

    boolean headOf(long unitId) {
        CurrentUser user = user();
        return user.has(Role.UNIT_HEAD) && user.unitId() == unitId;
    }

    boolean canSeeInspection(long inspectionId, long unitId) {
        return seesAll(user()) || inTeam(inspectionId) || headOf(unitId);
    }

    boolean canEditInspection(long inspectionId) {
        return isManager() || inTeam(inspectionId);
    }

    boolean canSeePlan(long planId) {
        return seesAll(user()) || inPlanTeam(planId);
    }

    boolean canSeeViolation(Records.Violation v) {
        CurrentUser user = user();
        return seesAll(user) || user.personId() == v.officialId() || headOf(v.unitId())
                || (v.inspectionId() != null && inTeam(v.inspectionId()));
    }

    boolean canHandleViolation(Records.Violation v) {
        return isManager() || (v.inspectionId() != null && inTeam(v.inspectionId()));
    }

    static void deny(String what) {
        throw new AccessDeniedException(what);
    }

    /**
     * The SQL condition (on alias {@code i} of table inspection) that keeps the records the current user may
     * see, with its parameters {@code :person} and {@code :headUnit}.
     */
    String inspectionFilter() {
        return seesAll(user()) ? "1 = 1" : """
                (exists (select 1 from inspection_member m where m.inspection_id = i.id and m.person_id = :person)
                 or i.unit_id = :headUnit)""";
    }

    /** The same for violations (alias {@code v}); the official sees their own cases. */
    String violationFilter() {
        return seesAll(user()) ? "1 = 1" : """
                (v.official_person_id = :person or v.unit_id = :headUnit
                 or exists (select 1 from inspection_member m where m.inspection_id = v.inspection_id
                            and m.person_id = :person))""";
    }

    long person() {
        return user().personId();
    }

    /** The unit whose records the user sees as its head; -1 (no unit) when not a head. */
    long headUnit() {
        CurrentUser user = user();
        return user.has(Role.UNIT_HEAD) ? user.unitId() : -1;
    }
}
