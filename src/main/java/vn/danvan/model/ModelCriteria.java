package vn.danvan.model;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.model.ModelViews.Criterion;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.Role;

/**
 * The evaluation criteria (tiêu chí đánh giá), kept by Home Affairs and administrators: a name, the
 * maximum points, the order, and whether it is still used. An evaluation copies the criterion's name
 * and maximum, so later edits do not change past scores.
 */
@Service
@Transactional
class ModelCriteria {

    static final String ENTITY = "model_criterion";

    private final JdbcClient jdbc;
    private final OrganisationScope scope;
    private final AuditService audit;
    private final Clock clock;

    ModelCriteria(JdbcClient jdbc, OrganisationScope scope, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean mayEdit() {
        CurrentUser user = scope.requireUser();
        return user.has(Role.HOME_AFFAIRS) || user.has(Role.ADMIN);
    }

    void requireEditor() {
        if (!mayEdit()) {
            throw new AccessDeniedException("may not edit model criteria");
        }
    }

    /** Every criterion, in order; retired ones too (marked). */
    @Transactional(readOnly = true)
    public List<Criterion> all() {
        return jdbc.sql("select id, name, max_points, position, active, version from model_criterion order by position, id")
                .query((rs, n) -> new Criterion(rs.getLong("id"), rs.getString("name"), rs.getInt("max_points"),
                        rs.getInt("position"), rs.getBoolean("active"), rs.getLong("version"))).list();
    }

    @Transactional(readOnly = true)
    public List<Criterion> active() {
        return all().stream().filter(Criterion::active).toList();
    }

    /** Adds a criterion from a valid form (its rules are the form's); it is used from now on. */
    void add(CriterionForm form) {
        requireEditor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into model_criterion (name, max_points, position, active, created_at, updated_at)
                values (:name, :max, :pos, true, :now, :now)""")
                .param("name", form.name()).param("max", form.maxPoints()).param("pos", form.position())
                .param("now", now).update(keys, "id");
        audit.created(ENTITY, keys.getKey().longValue(), null,
                Map.of("name", form.name(), "maxPoints", form.maxPoints(), "position", form.position()));
    }

    /** Changes a criterion (name, maximum, order, in use) from a valid form; a stale form is refused (409). */
    void update(long id, CriterionForm form) {
        requireEditor();
        Criterion before = all().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new vn.danvan.shared.web.NotFoundException(ENTITY, id));
        boolean active = Boolean.TRUE.equals(form.active());
        int rows = jdbc.sql("""
                update model_criterion set name = :name, max_points = :max, position = :pos, active = :active,
                    updated_at = :now, version = version + 1 where id = :id and version = :version""")
                .param("name", form.name()).param("max", form.maxPoints()).param("pos", form.position())
                .param("active", active).param("now", OffsetDateTime.now(clock)).param("id", id)
                .param("version", form.version() == null ? -1 : form.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("model criterion " + id);
        }
        audit.updated(ENTITY, id, null,
                Map.of("name", before.name(), "maxPoints", before.maxPoints(), "position", before.position(),
                        "active", before.active()),
                Map.of("name", form.name(), "maxPoints", form.maxPoints(), "position", form.position(),
                        "active", active));
    }
}
