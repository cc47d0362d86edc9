package vn.danvan.dossier;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import vn.danvan.shared.web.Problem;

/**
 * The catalogue of procedures: read by every signed-in account, kept by Home Affairs and administrators.
 * A procedure is never deleted; it is made inactive so that its dossiers keep it.
 */
@Service
@Transactional
class DossierProcedures {

    static final String ENTITY = "dossier_procedure";
    private static final String SELECT = """
            select p.id, p.code, p.name, p.field, p.time_limit, p.fee, p.unit_id, u.name as unit_name, p.active,
                   p.version
              from dossier_procedure p join org_unit u on u.id = p.unit_id""";

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

    /** Adds a procedure (the form valid); returns its id. A broken rule is an {@link InvalidRequestException}. */
    public long add(ProcedureForm form) {
        requireEdit();
        Checked c = checked(form, null);
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

    /** Changes a procedure (the form valid); a stale form is refused. */
    public void update(long id, ProcedureForm form) {
        requireEdit();
        Procedure before = get(id);
        Checked c = checked(form, id);
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

    void requireEdit() {
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

    /**
     * The rules of a procedure beyond what the form checks: the code's letters, a code no other procedure
     * has ({@code id}: the one edited, null for a new one), a unit that exists.
     */
    List<Problem> check(ProcedureForm form, Long id) {
        List<Problem> problems = new ArrayList<>();
        if (form.code() != null) {
            String code = code(form);
            if (!code.matches("[A-Z0-9.\\-_]+")) {
                problems.add(Problem.on("code", "dossier.error.codeFormat"));
            } else {
                var same = byCode(code);
                if (same.isPresent() && (id == null || same.get().id() != id)) {
                    problems.add(Problem.on("code", "dossier.error.codeTaken", code));
                }
            }
        }
        if (form.unitId() != null && organisation.unit(form.unitId()).isEmpty()) {
            problems.add(Problem.on("unitId", "dossier.error.unitMissing"));
        }
        return problems;
    }

    private static String code(ProcedureForm form) {
        return form.code().toUpperCase(Locale.ROOT);
    }

    private Checked checked(ProcedureForm form, Long id) {
        InvalidRequestException.throwIfAny(check(form, id));
        return new Checked(code(form), form.name(), form.field(), form.timeLimit(),
                form.fee() == null ? 0 : form.fee(), form.unitId(), !Boolean.FALSE.equals(form.active()));
    }

    /** Marks a procedure the demo added (no screen does); see {@code DossierDemo}. */
    void markDemo(long id) {
        jdbc.sql("update dossier_procedure set demo = true where id = :id").param("id", id).update();
    }

    /** Whether the catalogue has any procedure, the demo's or people's. */
    boolean any() {
        return jdbc.sql("select count(*) from dossier_procedure").query(Long.class).single() > 0;
    }
}
