package vn.danvan.model;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.danvan.model.ModelViews.Criterion;
import vn.danvan.model.ModelViews.ResultLine;

/** Loads and saves model entries; a save checks the version and the state the entry was loaded in. */
@Repository
class ModelRepository {

    static final String SELECT = """
            select e.id, e.unit_id, u.name as unit_name, e.kind, e.name, e.field, e.entry_year, e.description,
                   e.results, e.people_involved, e.position_role, e.area, e.status, e.total_score,
                   e.evaluation_comment, e.reason, e.recognition_year, e.submitted_at, e.evaluated_at,
                   e.evaluated_by, e.version
              from model_entry e join org_unit u on u.id = e.unit_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    ModelRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<ModelEntry> find(long id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(ModelRepository::map).optional();
    }

    /** Saves the entry after an action; a stale version or a state changed meanwhile is refused. */
    void save(ModelEntry e) {
        int rows = jdbc.sql("""
                update model_entry set name = :name, field = :field, entry_year = :year, description = :description,
                    results = :results, people_involved = :people, position_role = :position, area = :area,
                    status = :status, submitted_at = :submittedAt, total_score = :total,
                    evaluation_comment = :comment, reason = :reason, recognition_year = :recognitionYear,
                    evaluated_at = :evaluatedAt, evaluated_by = :evaluatedBy, updated_at = :now,
                    version = version + 1
                 where id = :id and version = :version and status = :was""")
                .param("name", e.name()).param("field", e.field() == null ? null : e.field().name())
                .param("year", e.year()).param("description", e.description()).param("results", e.results())
                .param("people", e.peopleInvolved()).param("position", e.positionRole()).param("area", e.area())
                .param("status", e.status().name()).param("submittedAt", e.submittedAt())
                .param("total", e.totalScore()).param("comment", e.evaluationComment()).param("reason", e.reason())
                .param("recognitionYear", e.recognitionYear()).param("evaluatedAt", e.evaluatedAt())
                .param("evaluatedBy", e.evaluatedBy()).param("now", OffsetDateTime.now(clock))
                .param("id", e.id()).param("version", e.version()).param("was", e.loadedStatus().name()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("model " + e.id());
        }
    }

    /** Whether any entry exists (the model demo step's "already loaded" check). */
    boolean any() {
        return jdbc.sql("select count(*) from model_entry").query(Long.class).single() > 0;
    }

    /** Marks an entry a demo one (no screen sets the mark). */
    void markDemo(long id) {
        jdbc.sql("update model_entry set demo = true where id = :id").param("id", id).update();
    }

    /*
     * Demo records. The model demo writes here the entries of the second and third demo communes, already
     * submitted or evaluated, because no service can produce them: those communes have no account to register
     * and submit a model. The replication is written here too, as it is taken up on 1 March of the current
     * year, a day the service refuses as in the future when the demo loads in January or February. The rows
     * are marked demo.
     */

    /** Writes a demo entry in its state as given (submitted now, evaluated by Home Affairs when scored); its id. */
    long insertDemo(ModelEntry e, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into model_entry (unit_id, kind, name, field, entry_year, description, results, people_involved,
                    position_role, area, status, total_score, recognition_year, submitted_at, evaluated_at,
                    evaluated_by, demo, created_by, created_at, updated_at)
                values (:unit, :kind, :name, :field, :year, :description, :results, :people, :position, :area, :status,
                    :total, :recognitionYear, :submittedAt, :evaluatedAt, :evaluatedBy, true, 'demo', :now, :now)""")
                .param("unit", e.unitId()).param("kind", e.kind().name()).param("name", e.name())
                .param("field", e.field() == null ? null : e.field().name()).param("year", e.year())
                .param("description", e.description()).param("results", e.results())
                .param("people", e.peopleInvolved()).param("position", e.positionRole()).param("area", e.area())
                .param("status", e.status().name()).param("total", e.totalScore())
                .param("recognitionYear", e.recognitionYear()).param("submittedAt", e.submittedAt())
                .param("evaluatedAt", e.evaluatedAt()).param("evaluatedBy", e.evaluatedBy()).param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A demo entry's result with a figure. */
    void insertDemoResultLine(long entryId, int position, ResultLine line) {
        jdbc.sql("""
                insert into model_result_line (entry_id, position, label, amount, unit_name)
                values (:e, :p, :l, :a, :u)""")
                .param("e", entryId).param("p", position).param("l", line.label()).param("a", line.amount())
                .param("u", line.unitName()).update();
    }

    /** A demo entry's points on a criterion, with the criterion's name and maximum as they are today. */
    void insertDemoScore(long entryId, Criterion criterion, int points) {
        jdbc.sql("""
                insert into model_score (entry_id, criterion_id, criterion_name, max_points, points)
                values (:e, :c, :n, :m, :p)""")
                .param("e", entryId).param("c", criterion.id()).param("n", criterion.name())
                .param("m", criterion.maxPoints()).param("p", points).update();
    }

    /** A demo replication of a recognised entry by another unit, taken up on a day past. */
    void insertDemoReplication(long entryId, long unitId, LocalDate takenUpOn, String outcome, OffsetDateTime now) {
        jdbc.sql("""
                insert into model_replication (entry_id, unit_id, taken_up_on, outcome, demo, created_by,
                    created_at, updated_at) values (:e, :u, :d, :o, true, 'demo', :now, :now)""")
                .param("e", entryId).param("u", unitId).param("d", takenUpOn).param("o", outcome).param("now", now)
                .update();
    }

    static ModelEntry map(ResultSet rs, int row) throws SQLException {
        String field = rs.getString("field");
        return new ModelEntry(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                EntryKind.valueOf(rs.getString("kind")), rs.getString("name"),
                field == null ? null : ModelField.valueOf(field), rs.getInt("entry_year"), rs.getString("description"),
                rs.getString("results"), rs.getString("people_involved"), rs.getString("position_role"),
                rs.getString("area"), ModelStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("total_score", Integer.class), rs.getString("evaluation_comment"),
                rs.getString("reason"), (Integer) rs.getObject("recognition_year", Integer.class),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("evaluated_at", OffsetDateTime.class),
                rs.getString("evaluated_by"), rs.getLong("version"));
    }
}
