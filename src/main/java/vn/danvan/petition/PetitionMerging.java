package vn.danvan.petition;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.notification.NotificationService;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.Role;

/**
 * An officer merges a duplicate into the original petition: the duplicate is closed as MERGED and
 * follows the original's answer; both petitioners are told by e-mail. Saved with its history step
 * and audited, like every handling step.
 */
@Service
@Transactional
class PetitionMerging {

    private static final Logger log = LoggerFactory.getLogger(PetitionMerging.class);
    // the outbox's own check, made here first: an unusable address must not roll back the merge
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int ADDRESS_MAX = 320;

    private final PetitionHandling handling;
    private final PetitionRepository petitions;
    private final OrganisationScope scope;
    private final AuditService audit;
    private final PetitionNotices notices;
    private final NotificationService notifications;
    private final MessageSource messages;
    private final String baseUrl;

    PetitionMerging(PetitionHandling handling, PetitionRepository petitions, OrganisationScope scope,
            AuditService audit, PetitionNotices notices, NotificationService notifications, MessageSource messages,
            @Value("${danvan.base-url:}") String baseUrl) {
        this.handling = handling;
        this.petitions = petitions;
        this.scope = scope;
        this.audit = audit;
        this.notices = notices;
        this.notifications = notifications;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
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
        tellOriginalPetitioner(original, duplicate);
    }

    private void requireHandler(Petition p) {
        CurrentUser user = scope.requireUser();
        boolean handler = user.has(Role.UNIT_HEAD) || user.has(Role.OFFICER) || user.has(Role.HOME_AFFAIRS);
        if (!handler || p.unitId() == null) {
            throw new AccessDeniedException("not a handler of petition " + p.id());
        }
    }

    private void tellOriginalPetitioner(Petition original, Petition duplicate) {
        String email = petitions.petitioner(original.id()).map(Petitioner::email).orElse(null);
        if (email == null || email.isBlank()) {
            return;
        }
        String to = email.strip();
        if (to.length() > ADDRESS_MAX || !ADDRESS.matcher(to).matches()) {
            log.warn("Petition {}: the petitioner's e-mail address is not usable, no mail sent", original.code());
            return;
        }
        Object[] args = {original.code(), original.title(), duplicate.code(),
                baseUrl + "/portal/petitions/lookup?code="
                        + java.net.URLEncoder.encode(original.code(), java.nio.charset.StandardCharsets.UTF_8)};
        notifications.email(to,
                messages.getMessage("petition.duplicates.mail.original.subject", args, PetitionNotices.VIETNAMESE),
                messages.getMessage("petition.duplicates.mail.original.body", args, PetitionNotices.VIETNAMESE),
                original.code());
    }

    private static Map<String, Object> fields(Petition p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("status", p.status());
        m.put("mergedIntoId", p.mergedIntoId());
        return m;
    }
}
