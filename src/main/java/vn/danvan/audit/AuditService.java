package vn.danvan.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records changes. Who and from where come from the current request; a change made by the system
 * itself (start-up, scheduled work) is recorded as "system", one asked by a visitor who is not signed in (a
 * resident on the portal) as "citizen", unless the caller names who acted ({@link #createdBy}). The entry joins the
 * caller's transaction, so a change that rolls back leaves no entry.
 */
@Service
public class AuditService {

    static final String SYSTEM = "system";
    static final String CITIZEN = "citizen";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void created(String entityType, Object entityId, Long unitId, Map<String, ?> after) {
        record(AuditAction.CREATE, entityType, entityId, unitId, Map.of(), after);
    }

    /**
     * A record created on behalf of {@code actor}, who is not the signed-in account: an Open311 client application
     * ({@code open311:<client>}), the resident of a portal form, the account that started an import running later.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void createdBy(String actor, String entityType, Object entityId, Long unitId, Map<String, ?> after) {
        record(actor == null ? actor() : actor, AuditAction.CREATE, entityType, entityId, unitId, Map.of(), after);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void updated(String entityType, Object entityId, Long unitId, Map<String, ?> before, Map<String, ?> after) {
        record(AuditAction.UPDATE, entityType, entityId, unitId, before, after);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void retired(String entityType, Object entityId, Long unitId, Map<String, ?> before, Map<String, ?> after) {
        record(AuditAction.RETIRE, entityType, entityId, unitId, before, after);
    }

    /** A person's personal data was shown to the current user (domain.md section 8). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void viewedPersonalData(String entityType, Object entityId, Long unitId) {
        record(AuditAction.VIEW_PERSONAL_DATA, entityType, entityId, unitId, Map.of(), Map.of());
    }

    private void record(AuditAction action, String entityType, Object entityId, Long unitId,
            Map<String, ?> before, Map<String, ?> after) {
        record(actor(), action, entityType, entityId, unitId, before, after);
    }

    private void record(String actor, AuditAction action, String entityType, Object entityId, Long unitId,
            Map<String, ?> before, Map<String, ?> after) {
        Map<String, String[]> changes = changes(before, after);
        if (action == AuditAction.UPDATE && changes.isEmpty()) {
            return;
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor, unit_id, entity_type, entity_id, action, client_address)
                values (:at, :actor, :unit, :type, :id, :action, :client)""")
                .param("at", OffsetDateTime.now(clock))
                .param("actor", actor)
                .param("unit", unitId)
                .param("type", entityType)
                .param("id", String.valueOf(entityId))
                .param("action", action.name())
                .param("client", clientAddress())
                .update(keys, "id");
        long entryId = keys.getKey().longValue();
        if (changes.isEmpty()) {
            return;
        }
        // the changed fields in one statement (one round trip to the database, not one per field)
        StringBuilder sql = new StringBuilder("insert into audit_change (entry_id, field, before_value, after_value) values ");
        Map<String, Object> params = new HashMap<>();
        params.put("entry", entryId);
        int i = 0;
        for (var change : changes.entrySet()) {
            sql.append(i == 0 ? "" : ", ").append("(:entry, :f").append(i).append(", :b").append(i).append(", :a")
                    .append(i).append(')');
            params.put("f" + i, change.getKey());
            params.put("b" + i, change.getValue()[0]);
            params.put("a" + i, change.getValue()[1]);
            i++;
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    /** Fields whose value differs, in name order, as [before, after] texts. */
    static Map<String, String[]> changes(Map<String, ?> before, Map<String, ?> after) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        var fields = new TreeSet<String>();
        fields.addAll(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            String was = text(before.get(field));
            String is = text(after.get(field));
            if (!Objects.equals(was, is)) {
                changes.put(field, new String[] {was, is});
            }
        }
        return changes;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value);
        return s.length() > 4000 ? s.substring(0, 4000) : s;
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof AnonymousAuthenticationToken) {
            return CITIZEN;
        }
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
