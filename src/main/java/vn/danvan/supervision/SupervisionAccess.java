package vn.danvan.supervision;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitKind;

/**
 * Who sees and does what. The Front's members (of the filing Front or organisation and the units above it)
 * see its requests and every sent answer; the staff of an addressed unit see the sent requests addressed to
 * their branch, their own unit's answers and the other units' answers once published; Home Affairs, the
 * leaders and the administrator see everything; nobody else sees anything (403).
 */
@Component
class SupervisionAccess {

    private static final Set<Role> USERS = EnumSet.of(Role.FRONT_MEMBER, Role.OFFICER, Role.UNIT_HEAD,
            Role.HOME_AFFAIRS, Role.LEADER, Role.ADMIN);
    private static final Set<UnitKind> FRONT_KINDS = EnumSet.of(UnitKind.FATHERLAND_FRONT,
            UnitKind.SOCIO_POLITICAL_ORGANISATION);

    private final OrganisationScope scope;
    private final OrganisationService organisation;

    SupervisionAccess(OrganisationScope scope, OrganisationService organisation) {
        this.scope = scope;
        this.organisation = organisation;
    }

    CurrentUser user() {
        return scope.requireUser();
    }

    /** The supervision screens at all: 403 for the roles that have no part in it. */
    void requireUse() {
        if (user().roles().stream().noneMatch(USERS::contains)) {
            throw new AccessDeniedException("no supervision role");
        }
    }

    /** A member of a Front or socio-political organisation, in such a unit: may file requests. */
    boolean canFile() {
        CurrentUser user = user();
        return user.has(Role.FRONT_MEMBER) && organisation.unit(user.unitId())
                .map(u -> FRONT_KINDS.contains(u.kind())).orElse(false);
    }

    /** The filing Front's side of a request: marks, publishes, closes. */
    boolean isFront(Views.Request request) {
        return user().has(Role.FRONT_MEMBER) && scope.canSee(request.frontUnitId());
    }

    boolean districtWide() {
        return user().districtWide();
    }

    /** An officer or head of the unit or a unit above it: may draft the unit's answers. */
    boolean isStaffOf(long unitId) {
        CurrentUser user = user();
        return (user.has(Role.OFFICER) || user.has(Role.UNIT_HEAD))
                && organisation.branch(user.unitId()).contains(unitId);
    }

    /** The head of the unit (or of a unit above it): sends the unit's answers. */
    boolean isHeadOf(long unitId) {
        CurrentUser user = user();
        return user.has(Role.UNIT_HEAD) && organisation.branch(user.unitId()).contains(unitId);
    }

    boolean canSee(Views.Request request, Collection<Views.Recipient> recipients) {
        return districtWide() || isFront(request) || (request.status() != RequestStatus.DRAFT
                && recipients.stream().anyMatch(r -> isStaffOf(r.unitId())));
    }

    void checkSee(Views.Request request, Collection<Views.Recipient> recipients) {
        if (!canSee(request, recipients)) {
            throw new AccessDeniedException("supervision request " + request.id() + " outside scope");
        }
    }

    void checkFront(Views.Request request) {
        if (!isFront(request)) {
            throw new AccessDeniedException("not the Front of request " + request.id());
        }
    }

    /** A sent answer to everyone allowed on the request; drafts and unpublished answers to their own unit only. */
    boolean canSeeAnswer(Views.Request request, Views.Recipient recipient, Views.Answer answer) {
        if (isStaffOf(recipient.unitId())) {
            return true;
        }
        return answer.sent() && (districtWide() || isFront(request) || request.published());
    }
}
