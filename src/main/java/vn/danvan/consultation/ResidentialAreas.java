package vn.danvan.consultation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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

/** The residential areas of each commune, kept by its officers and head (and the administrator). */
@Service
@Transactional
public class ResidentialAreas {

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

    /** Adds an area; the problems when refused, with nothing saved. */
    public List<Problem> add(long unitId, AreaForm form) {
        requireManager(unitId);
        List<Problem> problems = check(form);
        if (problems.isEmpty() && nameTaken(unitId, form.name().strip(), null)) {
            problems.add(new Problem("name", "consultation.area.error.nameTaken"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into consultation_area (unit_id, name, households, created_at, updated_at)
                    values (:unit, :name, :households, :now, :now)""")
                    .param("unit", unitId).param("name", form.name().strip())
                    .param("households", Integer.parseInt(form.households().strip())).param("now", now)
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return List.of(new Problem("name", "consultation.area.error.nameTaken"));
        }
        audit.created(ENTITY, keys.getKey().longValue(), unitId,
                Map.of("name", form.name().strip(), "households", form.households().strip()));
        return List.of();
    }

    /** Renames an area or changes its households; the problems when refused. */
    public List<Problem> update(long id, AreaForm form) {
        ResidentialArea before = get(id);
        requireManager(before.unitId());
        List<Problem> problems = check(form);
        if (problems.isEmpty() && nameTaken(before.unitId(), form.name().strip(), id)) {
            problems.add(new Problem("name", "consultation.area.error.nameTaken"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        int households = Integer.parseInt(form.households().strip());
        int rows;
        try {
            rows = jdbc.sql("""
                    update consultation_area set name = :name, households = :households, updated_at = :now,
                        version = version + 1
                     where id = :id and version = :version""")
                    .param("name", form.name().strip()).param("households", households)
                    .param("now", OffsetDateTime.now(clock)).param("id", id)
                    .param("version", form.version() == null ? -1 : form.version()).update();
        } catch (DuplicateKeyException e) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return List.of(new Problem("name", "consultation.area.error.nameTaken"));
        }
        if (rows != 1) {
            throw new OptimisticLockingFailureException("consultation_area " + id);
        }
        audit.updated(ENTITY, id, before.unitId(), Map.of("name", before.name(), "households", before.households()),
                Map.of("name", form.name().strip(), "households", households));
        return List.of();
    }

    /** Used by the demo data only. */
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

    static List<Problem> check(AreaForm form) {
        List<Problem> problems = new ArrayList<>();
        if (form.name() == null || form.name().isBlank()) {
            problems.add(new Problem("name", "consultation.area.error.nameRequired"));
        } else if (form.name().strip().length() > 200) {
            problems.add(new Problem("name", "consultation.area.error.nameTooLong"));
        }
        if (positiveInt(form.households()) == null) {
            problems.add(new Problem("households", "consultation.area.error.households"));
        }
        return problems;
    }

    /** A whole number above zero, or null. */
    static Integer positiveInt(String text) {
        if (text == null || !text.strip().matches("\\d{1,7}")) {
            return null;
        }
        int n = Integer.parseInt(text.strip());
        return n > 0 ? n : null;
    }

    private static ResidentialArea map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ResidentialArea(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"),
                rs.getInt("households"), rs.getBoolean("active"), rs.getLong("version"));
    }
}
