package vn.danvan.consultation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitKind;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;

/** The residential areas of each commune, kept by its officers and head (and the administrator). */
@Service
@Transactional
class ResidentialAreas {

    static final String ENTITY = "consultation_area";
    private static final String SELECT = "select id, unit_id, name, households, active, version from consultation_area";

    private final JdbcClient jdbc;
    private final OrganisationScope scope;
    private final OrganisationService organisation;
    private final AuditService audit;
    private final Clock clock;

    ResidentialAreas(JdbcClient jdbc, OrganisationScope scope, OrganisationService organisation, AuditService audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the current user may keep the areas of the unit: a commune, and its staff in scope or an admin. */
    @Transactional(readOnly = true)
    public boolean canManage(long unitId) {
        CurrentUser user = scope.requireUser();
        boolean commune = organisation.unit(unitId).map(u -> u.kind() == UnitKind.COMMUNE_COMMITTEE).orElse(false);
        return commune && (user.has(Role.ADMIN)
                || (user.has(Role.OFFICER) || user.has(Role.UNIT_HEAD)) && scope.canSee(unitId));
    }

    void requireManager(long unitId) {
        if (!canManage(unitId)) {
            throw new AccessDeniedException("may not keep the residential areas of unit " + unitId);
        }
    }

    @Transactional(readOnly = true)
    public List<ResidentialArea> of(long unitId) {
        return jdbc.sql(SELECT + " where unit_id = :unit order by name").param("unit", unitId)
                .query(ResidentialAreas::map).list();
    }

    @Transactional(readOnly = true)
    public List<ResidentialArea> activeOf(long unitId) {
        return of(unitId).stream().filter(ResidentialArea::active).toList();
    }

    @Transactional(readOnly = true)
    public ResidentialArea get(long id) {
        ResidentialArea area = jdbc.sql(SELECT + " where id = :id").param("id", id).query(ResidentialAreas::map)
                .optional().orElseThrow(() -> new NotFoundException("residential area", id));
        scope.checkUnit(area.unitId());
        return area;
    }

    /** Another area of the commune already has the name. */
    static final Problem NAME_TAKEN = Problem.on("name", "consultation.area.error.nameTaken");

    /** Adds an area; the problems when refused, with nothing saved. */
    public List<Problem> add(long unitId, AreaForm form) {
        requireManager(unitId);
        if (nameTaken(unitId, form.name(), null)) {
            return List.of(NAME_TAKEN);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into consultation_area (unit_id, name, households, created_at, updated_at)
                    values (:unit, :name, :households, :now, :now)""")
                    .param("unit", unitId).param("name", form.name())
                    .param("households", form.households()).param("now", now)
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return List.of(NAME_TAKEN);
        }
        audit.created(ENTITY, keys.getKey().longValue(), unitId,
                Map.of("name", form.name(), "households", form.households()));
        return List.of();
    }

    /** Renames an area or changes its households; the problems when refused. */
    public List<Problem> update(long id, AreaForm form) {
        ResidentialArea before = get(id);
        requireManager(before.unitId());
        if (nameTaken(before.unitId(), form.name(), id)) {
            return List.of(NAME_TAKEN);
        }
        int households = form.households();
        int rows;
        try {
            rows = jdbc.sql("""
                    update consultation_area set name = :name, households = :households, updated_at = :now,
                        version = version + 1
                     where id = :id and version = :version""")
                    .param("name", form.name()).param("households", households)
                    .param("now", OffsetDateTime.now(clock)).param("id", id)
                    .param("version", form.version() == null ? -1 : form.version()).update();
        } catch (DuplicateKeyException e) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return List.of(NAME_TAKEN);
        }
        if (rows != 1) {
            throw new OptimisticLockingFailureException("consultation_area " + id);
        }
        audit.updated(ENTITY, id, before.unitId(), Map.of("name", before.name(), "households", before.households()),
                Map.of("name", form.name(), "households", households));
        return List.of();
    }

    /** Marks the commune's areas demo ones (the demo's areas added through {@link #add}; no screen sets the mark). */
    void markDemo(long unitId) {
        jdbc.sql("update consultation_area set demo = true where unit_id = :unit").param("unit", unitId).update();
    }

    /**
     * Adds a demo area, marked demo, for a demo commune without an account to add it through {@link #add}.
     * Used by the demo data only.
     */
    void addDemo(long unitId, String name, int households) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into consultation_area (unit_id, name, households, demo, created_at, updated_at)
                values (:unit, :name, :households, true, :now, :now)""")
                .param("unit", unitId).param("name", name).param("households", households).param("now", now)
                .update();
    }

    @Transactional(readOnly = true)
    boolean empty() {
        return jdbc.sql("select count(*) from consultation_area").query(Long.class).single() == 0;
    }

    private boolean nameTaken(long unitId, String name, Long except) {
        return jdbc.sql("select count(*) from consultation_area where unit_id = :unit and name = :name and id <> :id")
                .param("unit", unitId).param("name", name).param("id", except == null ? -1L : except)
                .query(Long.class).single() > 0;
    }

    private static ResidentialArea map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ResidentialArea(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"),
                rs.getInt("households"), rs.getBoolean("active"), rs.getLong("version"));
    }
}
