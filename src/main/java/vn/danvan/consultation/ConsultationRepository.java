package vn.danvan.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves consultations; a save checks the version and the state the consultation was loaded in. */
@Repository
class ConsultationRepository {

    static final String SELECT = """
            select c.id, c.unit_id, u.name as unit_name, c.title, c.description, c.kind, c.whole_unit, c.opens_on,
                   c.closes_on, c.live_tally, c.status, c.households_in_scope, c.decision_text, c.decision_number,
                   c.decision_date, c.published_at, c.opened_at, c.closed_at, c.version
              from consultation c join org_unit u on u.id = c.unit_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    ConsultationRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Consultation> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(ConsultationRepository::map).optional();
    }

    /** Saves the consultation after an action; a stale version or a state changed meanwhile is refused. */
    void save(Consultation c) {
        int rows = jdbc.sql("""
                update consultation set title = :title, description = :description, kind = :kind,
                    whole_unit = :whole, opens_on = :opens, closes_on = :closes, live_tally = :live, status = :status,
                    households_in_scope = :households, opened_at = :openedAt, closed_at = :closedAt,
                    decision_text = :text, decision_number = :number, decision_date = :date,
                    published_at = :publishedAt, updated_at = :now, version = version + 1
                 where id = :id and version = :version and status = :was""")
                .param("title", c.title()).param("description", c.description()).param("kind", c.kind().name())
                .param("whole", c.wholeUnit()).param("opens", c.opensOn()).param("closes", c.closesOn())
                .param("live", c.liveTally()).param("status", c.status().name())
                .param("households", c.householdsInScope()).param("openedAt", c.openedAt())
                .param("closedAt", c.closedAt()).param("text", c.decisionText()).param("number", c.decisionNumber())
                .param("date", c.decisionDate()).param("publishedAt", c.publishedAt())
                .param("now", OffsetDateTime.now(clock)).param("id", c.id()).param("version", c.version())
                .param("was", c.loadedStatus().name()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("consultation " + c.id());
        }
    }

    static Consultation map(ResultSet rs, int row) throws SQLException {
        return new Consultation(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("title"), rs.getString("description"), ConsultationKind.valueOf(rs.getString("kind")),
                rs.getBoolean("whole_unit"), rs.getObject("opens_on", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class), rs.getBoolean("live_tally"),
                ConsultationStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("households_in_scope", Integer.class), rs.getString("decision_text"),
                rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
                rs.getObject("published_at", OffsetDateTime.class), rs.getLong("version"))
                .withTimes(rs.getObject("opened_at", OffsetDateTime.class),
                        rs.getObject("closed_at", OffsetDateTime.class));
    }
}
