package vn.danvan.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/** Loads and saves supervision requests; a save checks the version and the state the request was loaded in. */
@Repository
class RequestRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    RequestRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    SupervisionRequest find(long id) {
        return jdbc.sql("""
                select id, front_unit_id, status, sent_on, due_date, published, version
                  from supervision_request where id = :id""").param("id", id)
                .query((rs, n) -> new SupervisionRequest(rs.getLong("id"), rs.getLong("front_unit_id"),
                        RequestStatus.valueOf(rs.getString("status")), rs.getObject("sent_on", LocalDate.class),
                        rs.getObject("due_date", LocalDate.class), rs.getBoolean("published"), rs.getLong("version")))
                .optional().orElseThrow(() -> new NotFoundException("supervisionRequest", id));
    }

    /** Saves the request after an action; a request changed meanwhile is refused as stale. */
    void save(SupervisionRequest r) {
        int rows = jdbc.sql("""
                update supervision_request set status = :status, sent_on = :sentOn, due_date = :due,
                    published = :published, updated_at = :now, version = version + 1
                 where id = :id and version = :version and status = :was""")
                .param("status", r.status().name()).param("sentOn", r.sentOn()).param("due", r.dueDate())
                .param("published", r.published()).param("now", OffsetDateTime.now(clock)).param("id", r.id())
                .param("version", r.version()).param("was", r.loadedStatus().name()).update();
        if (rows != 1) {
            throw new InvalidRequestException("supervision.error.stale");
        }
    }
}
