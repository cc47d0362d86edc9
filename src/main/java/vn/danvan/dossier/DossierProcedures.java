package vn.danvan.dossier;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/**
 * The catalogue of procedures: read by every signed-in account, kept by Home Affairs and administrators.
 * A procedure is never deleted; it is made inactive so that its dossiers keep it.
 */
@Service
@Transactional
public class DossierProcedures {

    static final String ENTITY = "dossier_procedure";
    private static final String SELECT = """
            select p.id, p.code, p.name, p.field, p.time_limit, p.fee, p.unit_id, u.name as unit_name, p.active,
                   p.version
              from dossier_procedure p join unit u on u.id = p.unit_id""";

    private final JdbcClient jdbc;
    private final OrganisationScope scope;
    private final OrganisationService organisation;
    private final AuditService audit;
    private final Clock clock;

    DossierProcedures(JdbcClient jdbc, OrganisationScope scope, OrganisationService organisation, AuditService audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** A procedure as typed in the form. */
    public record ProcedureForm(String code, String name, String field, String timeLimit, String fee, Long unitId,
            Boolean active, Long version) {
    }

    public boolean canEdit() {
        CurrentUser u = scope.requireUser();
        return u.has(Role.ADMIN) || u.has(Role.HOME_AFFAIRS);
    }

    /** Every procedure, active first, by field and name. */
    @Transactional(readOnly = true)
    public List<Procedure> all() {
        scope.requireUser();
        return jdbc.sql(SELECT + " order by p.active desc, p.field, p.name").query(Procedure.class).list();
    }

    /** The active procedures handled by a unit the current user sees: those it may receive dossiers for. */
    @Transactional(readOnly = true)
    public List<Procedure> receivable() {
        var units = scope.visibleUnits();
        return jdbc.sql(SELECT + " where p.active order by p.field, p.name").query(Procedure.class).list().stream()
                .filter(p -> units.includes(p.unitId())).toList();
    }

    @Transactional(readOnly = true)
    public Procedure get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("dossier procedure", id));
    }

    Optional<Procedure> find(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(Procedure.class).optional();
    }

    Optional<Procedure> byCode(String code) {
        return jdbc.sql(SELECT + " where p.code = :code").param("code", code).query(Procedure.class).optional();
    }

    /** Adds a procedure; returns its id. */
    public long add(ProcedureForm form) {
        requireEdit();
        Checked c = check(form, null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dossier_procedure (code, name, field, time_limit, fee, unit_id, active, created_at, updated_at)
                values (:code, :name, :field, :limit, :fee, :unit, :active, :now, :now)""")
                .param("code", c.code()).param("name", c.name()).param("field", c.field()).param("limit", c.limit())
                .param("fee", c.fee()).param("unit", c.unitId()).param("active", c.active()).param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.created(ENTITY, id, c.unitId(), c.asMap());
        return id;
    }

    /** Changes a procedure; a stale form is refused. */
    public void update(long id, ProcedureForm form) {
        requireEdit();
        Procedure before = get(id);
        Checked c = check(form, id);
        int rows = jdbc.sql("""
                update dossier_procedure set code = :code, name = :name, field = :field, time_limit = :limit, fee = :fee,
                    unit_id = :unit, active = :active, updated_at = :now, version = version + 1
                 where id = :id and version = :version""")
                .param("code", c.code()).param("name", c.name()).param("field", c.field()).param("limit", c.limit())
                .param("fee", c.fee()).param("unit", c.unitId()).param("active", c.active())
                .param("now", OffsetDateTime.now(clock)).param("id", id)
                .param("version", form.version() == null ? -1 : form.version()).update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("dossier procedure " + id);
        }
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("code", before.code());
        old.put("name", before.name());
        old.put("field", before.field());
        old.put("timeLimit", before.timeLimit());
        old.put("fee", before.fee());
        old.put("unitId", before.unitId());
        old.put("active", before.active());
        audit.updated(ENTITY, id, c.unitId(), old, c.asMap());
    }

    private void requireEdit() {
        if (!canEdit()) {
            throw new AccessDeniedException("may not edit the procedure catalogue");
        }
    }

    record Checked(String code, String name, String field, int limit, long fee, long unitId, boolean active) {
        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", code);
            m.put("name", name);
            m.put("field", field);
            m.put("timeLimit", limit);
            m.put("fee", fee);
            m.put("unitId", unitId);
            m.put("active", active);
            return m;
        }
    }

    private Checked check(ProcedureForm form, Long id) {
        String code = form.code() == null ? "" : form.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            throw InvalidRequestException.onField("code", "dossier.error.codeMissing");
        }
        if (code.length() > 40 || !code.matches("[A-Z0-9.\\-_]+")) {
            throw InvalidRequestException.onField("code", "dossier.error.codeFormat");
        }
        var same = byCode(code);
        if (same.isPresent() && (id == null || same.get().id() != id)) {
            throw InvalidRequestException.onField("code", "dossier.error.codeTaken", code);
        }
        String name = text(form.name(), "name", 500, "dossier.error.procedureNameMissing");
        String field = text(form.field(), "field", 200, "dossier.error.fieldMissing");
        int limit;
        try {
            limit = Integer.parseInt(form.timeLimit() == null ? "" : form.timeLimit().strip());
        } catch (NumberFormatException e) {
            limit = 0;
        }
        if (limit < 1 || limit > 365) {
            throw InvalidRequestException.onField("timeLimit", "dossier.error.timeLimit");
        }
        long fee;
        try {
            String typed = form.fee() == null || form.fee().isBlank() ? "0"
                    : form.fee().strip().replace(".", "").replace(",", "").replace(" ", "");
            fee = Long.parseLong(typed);
        } catch (NumberFormatException e) {
            fee = -1;
        }
        if (fee < 0 || fee > 1_000_000_000L) {
            throw InvalidRequestException.onField("fee", "dossier.error.fee");
        }
        if (form.unitId() == null || organisation.unit(form.unitId()).isEmpty()) {
            throw InvalidRequestException.onField("unitId", "dossier.error.unitMissing");
        }
        return new Checked(code, name, field, limit, fee, form.unitId(), !Boolean.FALSE.equals(form.active()));
    }

    private static String text(String typed, String field, int max, String missingKey) {
        if (typed == null || typed.isBlank()) {
            throw InvalidRequestException.onField(field, missingKey);
        }
        String s = typed.strip();
        if (s.length() > max) {
            throw InvalidRequestException.onField(field, "dossier.error.tooLong", max);
        }
        return s;
    }
}
