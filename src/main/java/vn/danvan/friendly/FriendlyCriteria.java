package vn.danvan.friendly;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.Role;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/**
 * The yearly criteria set: created on first use (a copy of the previous year's set, else the directive's
 * defaults totalling 100), edited by Home Affairs and administrators until the year is closed.
 */
@Service
@Transactional
class FriendlyCriteria {

    static final String ENTITY = "friendly_criterion";

    /** The defaults of "Chính quyền thân thiện, Công sở thân thiện": name, max points, from the survey. */
    private static final Object[][] DEFAULTS = {
        {"Thái độ, tác phong phục vụ Nhân dân", 25, null},
        {"Công khai, minh bạch thủ tục hành chính", 20, null},
        {"Giải quyết công việc đúng hạn", 20, null},
        {"Cơ sở vật chất, nơi tiếp dân thân thiện", 15, null},
        {"Sự hài lòng của người dân (theo phiếu khảo sát)", 20, Criterion.SURVEY}};

    private final JdbcClient jdbc;
    private final OrganisationScope scope;
    private final AuditService audit;
    private final Clock clock;

    FriendlyCriteria(JdbcClient jdbc, OrganisationScope scope, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** The year's criteria in order, the default set created first when the year has none. */
    public List<Criterion> criteria(int year) {
        ensureYear(year);
        return jdbc.sql("""
                select id, assessment_year, name, description, max_points, sort_order, source, version
                  from friendly_criterion where assessment_year = :year order by sort_order, id""")
                .param("year", year).query(Criterion.class).list();
    }

    public boolean closed(int year) {
        return jdbc.sql("select closed from friendly_year where assessment_year = :year").param("year", year)
                .query(Boolean.class).optional().orElse(false);
    }

    public boolean canEdit() {
        CurrentUser user = scope.requireUser();
        return user.has(Role.HOME_AFFAIRS) || user.has(Role.ADMIN);
    }

    void ensureYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new NotFoundException("friendly year", year);
        }
        if (jdbc.sql("select count(*) from friendly_year where assessment_year = :year").param("year", year)
                .query(Long.class).single() > 0) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // a concurrent first use fails on the primary key and rolls back with its transaction
        jdbc.sql("insert into friendly_year (assessment_year, closed, created_at, updated_at) values (:year, false, :now, :now)")
                .param("year", year).param("now", now).update();
        Integer previous = jdbc.sql("""
                select max(assessment_year) from friendly_criterion where assessment_year < :year""").param("year", year)
                .query(Integer.class).optional().orElse(null);
        if (previous != null) {
            jdbc.sql("""
                    insert into friendly_criterion (assessment_year, name, description, max_points, sort_order, source,
                        created_at, updated_at)
                    select :year, name, description, max_points, sort_order, source, :now, :now
                      from friendly_criterion where assessment_year = :previous""")
                    .param("year", year).param("previous", previous).param("now", now).update();
            return;
        }
        int order = 1;
        for (Object[] d : DEFAULTS) {
            jdbc.sql("""
                    insert into friendly_criterion (assessment_year, name, max_points, sort_order, source, created_at, updated_at)
                    values (:year, :name, :max, :order, :source, :now, :now)""")
                    .param("year", year).param("name", d[0]).param("max", d[1]).param("order", order++)
                    .param("source", d[2]).param("now", now).update();
        }
    }

    /** Adds a criterion to an open year from a valid form (its rules are the form's). */
    void add(int year, CriterionForm form) {
        requireEditable(year);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into friendly_criterion (assessment_year, name, description, max_points, sort_order, source,
                    created_at, updated_at)
                values (:year, :name, :description, :max, :order, :source, :now, :now)""")
                .param("year", year).param("name", form.name()).param("description", form.description())
                .param("max", form.maxPoints()).param("order", form.sortOrder()).param("source", source(form))
                .param("now", now).update();
        audit.created(ENTITY, year, null, Map.of("name", form.name(), "maxPoints", form.maxPoints()));
    }

    /** Changes a criterion of an open year from a valid form; a stale form is refused. */
    void update(long id, CriterionForm form) {
        Criterion before = get(id);
        requireEditable(before.assessmentYear());
        int rows = jdbc.sql("""
                update friendly_criterion set name = :name, description = :description, max_points = :max,
                    sort_order = :order, source = :source, updated_at = :now, version = version + 1
                 where id = :id and version = :version""")
                .param("name", form.name()).param("description", form.description()).param("max", form.maxPoints())
                .param("order", form.sortOrder()).param("source", source(form))
                .param("now", OffsetDateTime.now(clock))
                .param("id", id).param("version", form.version() == null ? -1 : form.version()).update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("friendly criterion " + id);
        }
        audit.updated(ENTITY, id, null, Map.of("name", before.name(), "maxPoints", before.maxPoints()),
                Map.of("name", form.name(), "maxPoints", form.maxPoints()));
    }

    private static String source(CriterionForm form) {
        return Boolean.TRUE.equals(form.survey()) ? Criterion.SURVEY : null;
    }

    /** Closes the year's set: no criterion changes any more. */
    void close(int year) {
        requireEditable(year);
        jdbc.sql("update friendly_year set closed = true, updated_at = :now, version = version + 1 where assessment_year = :year")
                .param("now", OffsetDateTime.now(clock)).param("year", year).update();
        audit.updated("friendly_year", year, null, Map.of("closed", false), Map.of("closed", true));
    }

    Criterion get(long id) {
        return jdbc.sql("""
                select id, assessment_year, name, description, max_points, sort_order, source, version
                  from friendly_criterion where id = :id""").param("id", id).query(Criterion.class).optional()
                .orElseThrow(() -> new NotFoundException("friendly criterion", id));
    }

    private void requireEditable(int year) {
        if (!canEdit()) {
            throw new AccessDeniedException("may not edit friendly criteria");
        }
        ensureYear(year);
        if (closed(year)) {
            throw new InvalidRequestException("friendly.error.yearClosed");
        }
    }
}
