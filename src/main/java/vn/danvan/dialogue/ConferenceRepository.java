package vn.danvan.dialogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Conferences: loaded with their host unit's name, inserted planned, saved after a move. */
@Repository
class ConferenceRepository {

    private static final String SELECT = """
            select c.id, c.host_unit_id, u.name as host_unit_name, c.kind, c.chair_name, c.starts_at, c.place,
                   c.topic, c.audience, c.status, c.short_notice, c.attendance, c.postponed_reason,
                   c.cancelled_reason, c.secretary_name, c.held_at, c.version
              from dialogue_conference c join org_unit u on u.id = c.host_unit_id
            """;

    private final JdbcClient jdbc;

    ConferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Conference> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(ConferenceRepository::map).optional();
    }

    /** Every conference, latest first. */
    List<Conference> all() {
        return jdbc.sql(SELECT + " order by c.starts_at desc").query(ConferenceRepository::map).list();
    }

    /** A planned conference of the unit; its id. */
    long insertPlanned(long unitId, ConferenceKind kind, Long chairPersonId, String chairName, LocalDateTime startsAt,
            String place, String topic, String audience, boolean shortNotice, String by, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dialogue_conference (host_unit_id, kind, chair_person_id, chair_name, starts_at, place,
                    topic, audience, status, short_notice, created_by, created_at, updated_at)
                values (:unit, :kind, :chairPerson, :chair, :startsAt, :place, :topic, :audience, 'PLANNED',
                    :shortNotice, :by, :at, :at)
                """)
                .param("unit", unitId).param("kind", kind.name()).param("chairPerson", chairPersonId)
                .param("chair", chairName).param("startsAt", startsAt).param("place", place).param("topic", topic)
                .param("audience", audience).param("shortNotice", shortNotice).param("by", by).param("at", at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Saves the conference after a move from state {@code was}; false when the conference changed since
     * {@code version} (the version of the page the user sent) or left that state meanwhile.
     */
    boolean save(Conference c, ConferenceStatus was, long version, OffsetDateTime at) {
        return jdbc.sql("""
                update dialogue_conference set status = :status, starts_at = :startsAt, postponed_reason = :postponed,
                    cancelled_reason = :cancelled, short_notice = :shortNotice, attendance = :attendance,
                    held_at = :heldAt, secretary_name = :secretary, updated_at = :at, version = version + 1
                 where id = :id and version = :version and status = :was
                """)
                .param("status", c.status().name()).param("startsAt", c.startsAt())
                .param("postponed", c.postponedReason()).param("cancelled", c.cancelledReason())
                .param("shortNotice", c.shortNotice()).param("attendance", c.attendance())
                .param("heldAt", c.heldAt()).param("secretary", c.secretaryName()).param("at", at)
                .param("id", c.id()).param("version", version).param("was", was.name()).update() == 1;
    }

    private static Conference map(ResultSet rs, int row) throws SQLException {
        return new Conference(rs.getLong("id"), rs.getLong("host_unit_id"), rs.getString("host_unit_name"),
                ConferenceKind.valueOf(rs.getString("kind")), rs.getString("chair_name"),
                rs.getObject("starts_at", LocalDateTime.class), rs.getString("place"), rs.getString("topic"),
                rs.getString("audience"), ConferenceStatus.valueOf(rs.getString("status")),
                rs.getBoolean("short_notice"), rs.getObject("attendance", Integer.class),
                rs.getString("postponed_reason"), rs.getString("cancelled_reason"), rs.getString("secretary_name"),
                rs.getObject("held_at", OffsetDateTime.class), rs.getLong("version"));
    }
}
