package vn.danvan.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;

    ConsultationRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
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

    /*
     * Demo records (see DemoConsultations). The demo consultations are written here in the state the screens
     * would have left them, because no service can produce them: they belong to the second and third demo
     * communes, which have no account to act as; they are back-dated (opened weeks ago, the published one
     * closed, decided and checked by the People's Inspection Board on days past), while the services stamp
     * each step with the present; and their participation (codes used on the portal, meeting counts) stands
     * for residents no demo account can be. The rows are marked demo and recorded by "demo".
     */

    private static final String DEMO_BY = "demo";

    /** A demo consultation in its state, opened at {@code openedAt} and created a week before; its id. */
    long insertDemo(long unitId, String title, String description, ConsultationKind kind, LocalDate opensOn,
            LocalDate closesOn, ConsultationStatus status, OffsetDateTime openedAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into consultation (unit_id, title, description, kind, whole_unit, opens_on, closes_on,
                    live_tally, status, opened_at, demo, created_by, created_at, updated_at)
                values (:unit, :title, :description, :kind, false, :opens, :closes, false, :status, :opened, true,
                    :by, :created, :created)""")
                .param("unit", unitId).param("title", title).param("description", description)
                .param("kind", kind.name()).param("opens", opensOn).param("closes", closesOn)
                .param("status", status.name()).param("opened", openedAt).param("by", DEMO_BY)
                .param("created", openedAt.minusDays(7)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** One of a demo consultation's options; its id. */
    long insertDemoOption(long consultationId, int position, String label) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into consultation_option (consultation_id, position, label) values (:c, :p, :l)")
                .param("c", consultationId).param("p", position).param("l", label).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Puts an area in a demo consultation's scope with the households that took part, and adds its households
     * to the consultation's count in scope, as opening does.
     */
    void insertDemoScope(long consultationId, long areaId, int households, int participated) {
        jdbc.sql("""
                insert into consultation_scope (consultation_id, area_id, households, participated)
                values (:c, :a, :h, :p)""")
                .param("c", consultationId).param("a", areaId).param("h", households).param("p", participated)
                .update();
        jdbc.sql("update consultation set households_in_scope = coalesce(households_in_scope, 0) + :h where id = :c")
                .param("h", households).param("c", consultationId).update();
    }

    /** A household code issued for a demo consultation: used on a channel at a time, or not used yet. */
    record DemoCode(String code, OffsetDateTime usedAt, Channel channel) {
    }

    /** The household codes issued for an area of a demo consultation, in one batch. */
    void insertDemoCodes(long consultationId, long areaId, List<DemoCode> codes) {
        List<Object[]> rows = new ArrayList<>();
        for (DemoCode c : codes) {
            rows.add(new Object[] {consultationId, areaId, c.code(), c.usedAt(),
                c.channel() == null ? null : c.channel().name()});
        }
        jdbcTemplate.batchUpdate("""
                insert into consultation_code (consultation_id, area_id, code, used_at, channel)
                values (?, ?, ?, ?, ?)""", rows);
    }

    /** An area's votes for an option of a demo consultation. */
    void insertDemoTally(long consultationId, long areaId, long optionId, int votes) {
        jdbc.sql("insert into consultation_tally (consultation_id, area_id, option_id, votes) values (:c, :a, :o, :v)")
                .param("c", consultationId).param("a", areaId).param("o", optionId).param("v", votes).update();
    }

    /** A meeting of an area's households held on a day past, recorded at {@code at}. */
    void insertDemoMeeting(long consultationId, long areaId, LocalDate heldOn, int households, OffsetDateTime at) {
        jdbc.sql("""
                insert into consultation_meeting (consultation_id, area_id, held_on, households, recorded_by,
                    created_at) values (:c, :a, :on, :h, :by, :at)""")
                .param("c", consultationId).param("a", areaId).param("on", heldOn).param("h", households)
                .param("by", DEMO_BY).param("at", at).update();
    }

    /** A resident's comment on a demo consultation, received on a day past. */
    void insertDemoComment(long consultationId, LocalDate receivedOn, String body) {
        jdbc.sql("insert into consultation_comment (id, consultation_id, received_on, body) values (:id, :c, :on, :b)")
                .param("id", UUID.randomUUID().toString()).param("c", consultationId).param("on", receivedOn)
                .param("b", body).update();
    }

    /** The commune's decision on a demo consultation, closed and published on days past. */
    void publishDemo(long consultationId, String decisionText, String decisionNumber, LocalDate decisionDate,
            OffsetDateTime closedAt, OffsetDateTime publishedAt) {
        jdbc.sql("""
                update consultation set decision_text = :text, decision_number = :number, decision_date = :date,
                       closed_at = :closed, published_at = :published where id = :id""")
                .param("text", decisionText).param("number", decisionNumber).param("date", decisionDate)
                .param("closed", closedAt).param("published", publishedAt).param("id", consultationId).update();
    }

    /** The People's Inspection Board's report on a demo consultation, signed on a day past. */
    void insertDemoFinding(long consultationId, LocalDate foundOn, String signedBy, String finding,
            String recommendation, OffsetDateTime at) {
        jdbc.sql("""
                insert into consultation_finding (consultation_id, found_on, signed_by, finding, recommendation,
                                                  recorded_by, created_at)
                values (:id, :on, :signedBy, :finding, :recommendation, :by, :at)""")
                .param("id", consultationId).param("on", foundOn).param("signedBy", signedBy)
                .param("finding", finding).param("recommendation", recommendation).param("by", DEMO_BY)
                .param("at", at).update();
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
