package vn.danvan.petition.handling;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.Role;
import vn.danvan.petition.deadlines.PetitionNotices;
import vn.danvan.petition.intake.PetitionIntake;

/**
 * An officer merges a duplicate into the original petition: the duplicate is closed as MERGED and
 * follows the original's answer; both petitioners are told by e-mail. Saved with its history step
 * and audited, like every handling step.
 */
@Service
@Transactional
class PetitionMerging {

    private final PetitionHandling handling;
    private final PetitionRepository petitions;
    private final OrganisationScope scope;
    private final AuditService audit;
    private final PetitionNotices notices;

    PetitionMerging(PetitionHandling handling, PetitionRepository petitions, OrganisationScope scope,
            AuditService audit, PetitionNotices notices) {
        this.handling = handling;
        this.petitions = petitions;
        this.scope = scope;
        this.audit = audit;
        this.notices = notices;
    }

    /** Merges petition {@code duplicateId} into {@code originalId}; both must be visible to the handler. */
    void merge(long duplicateId, long originalId) {
        Petition duplicate = handling.visible(duplicateId);
        requireHandler(duplicate);
        Petition original = duplicateId == originalId ? duplicate : handling.visible(originalId);
        Map<String, Object> before = fields(duplicate);
        duplicate.mergeInto(original);
        petitions.save(duplicate, scope.requireUser().username());
        audit.updated(PetitionIntake.ENTITY, duplicate.id(), duplicate.unitId(), before, fields(duplicate));
        duplicate.recordedSteps().forEach(step -> notices.changed(duplicate, step));
        notices.merged(original, duplicate);
    }

    private void requireHandler(Petition p) {
        CurrentUser user = scope.requireUser();
        boolean handler = user.has(Role.UNIT_HEAD) || user.has(Role.OFFICER) || user.has(Role.HOME_AFFAIRS);
        if (!handler || p.unitId() == null) {
            throw new AccessDeniedException("not a handler of petition " + p.id());
        }
    }

    private static Map<String, Object> fields(Petition p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("status", p.status());
        m.put("mergedIntoId", p.mergedIntoId());
        return m;
    }
}
