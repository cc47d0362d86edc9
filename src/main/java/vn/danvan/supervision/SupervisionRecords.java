package vn.danvan.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.NotFoundException;

/** Reads requests, recommendations, addressed units and answers, without any access check. */
@Component
class SupervisionRecords {

    private static final String REQUEST = """
            select r.id, r.front_unit_id, u.name as front_unit_name, r.kind, r.title, r.content, r.document_number,
                   r.document_date, r.stated_due_date, r.due_date, r.status, r.sent_on, r.published, r.version
              from supervision_request r join org_unit u on u.id = r.front_unit_id
            """;
    private static final String RECIPIENT = """
            select p.id, p.request_id, p.unit_id, u.name as unit_name, p.due_date, p.status, p.answered_on, p.version,
                   r.status as request_status
              from supervision_recipient p join org_unit u on u.id = p.unit_id
              join supervision_request r on r.id = p.request_id
            """;
    private static final String ANSWER = """
            select a.id, a.recommendation_id, a.recipient_id, a.outcome, a.action_text, a.action_due_date,
                   a.explanation, a.status, a.sent_on, a.late, a.mark, a.mark_comment, a.version
              from supervision_answer a
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    SupervisionRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE));
    }

    Views.Request request(long id) {
        return jdbc.sql(REQUEST + " where r.id = :id").param("id", id).query(this::mapRequest).optional()
                .orElseThrow(() -> new NotFoundException("supervisionRequest", id));
    }

    /** Every request, newest first; callers filter by access. */
    List<Views.Request> requests() {
        return jdbc.sql(REQUEST + " order by r.created_at desc, r.id desc").query(this::mapRequest).list();
    }

    List<Views.Request> published() {
        return jdbc.sql(REQUEST + " where r.published = true and r.status <> 'DRAFT' order by r.sent_on desc, r.id desc")
                .query(this::mapRequest).list();
    }

    List<Views.Recommendation> recommendations(long requestId) {
        return jdbc.sql("select id, request_id, number, content from supervision_recommendation where request_id = :r"
                + " order by number").param("r", requestId)
                .query((rs, n) -> new Views.Recommendation(rs.getLong("id"), rs.getLong("request_id"),
                        rs.getInt("number"), rs.getString("content"))).list();
    }

    List<Views.Recipient> recipients(long requestId) {
        return jdbc.sql(RECIPIENT + " where p.request_id = :r order by u.name").param("r", requestId)
                .query(this::mapRecipient).list();
    }

    Views.Recipient recipient(long id) {
        return jdbc.sql(RECIPIENT + " where p.id = :id").param("id", id).query(this::mapRecipient).optional()
                .orElseThrow(() -> new NotFoundException("supervisionRecipient", id));
    }

    /** Addressed units of every request, by request. */
    Map<Long, List<Views.Recipient>> recipientsByRequest() {
        Map<Long, List<Views.Recipient>> all = new LinkedHashMap<>();
        jdbc.sql(RECIPIENT + " order by u.name").query(this::mapRecipient).list()
                .forEach(p -> all.computeIfAbsent(p.requestId(), k -> new ArrayList<>()).add(p));
        return all;
    }

    /** The answers of a request, by {@link Views.Answer#key()}. */
    Map<String, Views.Answer> answers(long requestId) {
        Map<String, Views.Answer> all = new LinkedHashMap<>();
        jdbc.sql(ANSWER + " join supervision_recipient p on p.id = a.recipient_id where p.request_id = :r")
                .param("r", requestId).query(this::mapAnswer).list().forEach(a -> all.put(a.key(), a));
        return all;
    }

    Views.Answer answer(long id) {
        return jdbc.sql(ANSWER + " where a.id = :id").param("id", id).query(this::mapAnswer).optional()
                .orElseThrow(() -> new NotFoundException("supervisionAnswer", id));
    }

    private Views.Request mapRequest(ResultSet rs, int n) throws SQLException {
        return new Views.Request(rs.getLong("id"), rs.getLong("front_unit_id"), rs.getString("front_unit_name"),
                RequestKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("content"),
                rs.getString("document_number"), rs.getObject("document_date", LocalDate.class),
                rs.getObject("stated_due_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                RequestStatus.valueOf(rs.getString("status")), rs.getObject("sent_on", LocalDate.class),
                rs.getBoolean("published"), rs.getLong("version"));
    }

    private Views.Recipient mapRecipient(ResultSet rs, int n) throws SQLException {
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        String status = rs.getString("status");
        boolean open = RequestStatus.valueOf(rs.getString("request_status")).open();
        boolean overdue = open && Supervision.OPEN.equals(status) && due != null && due.isBefore(today());
        return new Views.Recipient(rs.getLong("id"), rs.getLong("request_id"), rs.getLong("unit_id"),
                rs.getString("unit_name"), due, status, rs.getObject("answered_on", LocalDate.class),
                rs.getLong("version"), overdue);
    }

    private Views.Answer mapAnswer(ResultSet rs, int n) throws SQLException {
        String mark = rs.getString("mark");
        return new Views.Answer(rs.getLong("id"), rs.getLong("recommendation_id"), rs.getLong("recipient_id"),
                AnswerOutcome.valueOf(rs.getString("outcome")), rs.getString("action_text"),
                rs.getObject("action_due_date", LocalDate.class), rs.getString("explanation"), rs.getString("status"),
                rs.getObject("sent_on", LocalDate.class), rs.getBoolean("late"),
                mark == null ? null : AnswerMark.valueOf(mark), rs.getString("mark_comment"), rs.getLong("version"));
    }

    // The demo's conclusion (see SupervisionDemo), sent and answered days ago, which no screen can date back;
    // its rows are marked demo and recorded by the demo.

    /** A conclusion sent to its units on {@code sent}, due on {@code due}; its id. */
    long demoConclusionSent(long frontUnitId, String title, String content, String documentNumber, LocalDate sent,
            LocalDate due) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into supervision_request (front_unit_id, kind, title, content, document_number, document_date,
                    due_date, status, sent_on, published, demo, created_by, created_at, updated_at)
                values (:front, 'CONCLUSION', :title, :content, :number, :sent, :due, 'SENT', :sent, false, true,
                    'demo', :now, :now)""")
                .param("front", frontUnitId).param("title", title).param("content", content)
                .param("number", documentNumber).param("sent", sent).param("due", due)
                .param("now", OffsetDateTime.now(clock)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The request's recommendation of that number; its id. */
    long demoRecommendation(long requestId, int number, String content) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into supervision_recommendation (request_id, number, content) values (:r, :n, :c)")
                .param("r", requestId).param("n", number).param("c", content).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A unit the request went to, open or answered on {@code answeredOn}; its id. */
    long demoRecipient(long requestId, long unitId, LocalDate due, String status, LocalDate answeredOn) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into supervision_recipient (request_id, unit_id, due_date, status, answered_on, updated_at)
                values (:r, :u, :due, :status, :on, :now)""")
                .param("r", requestId).param("u", unitId).param("due", due).param("status", status)
                .param("on", answeredOn).param("now", OffsetDateTime.now(clock)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A unit's answer to a recommendation, sent on {@code sentOn} in time. */
    void demoAnswerSent(long recommendationId, long recipientId, AnswerOutcome outcome, String actionText,
            LocalDate actionDueDate, String explanation, LocalDate sentOn) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into supervision_answer (recommendation_id, recipient_id, outcome, action_text,
                    action_due_date, explanation, status, sent_on, late, drafted_by, sent_by, created_at, updated_at)
                values (:m, :p, :outcome, :text, :by, :why, 'SENT', :sent, false, 'demo', 'demo', :now, :now)""")
                .param("m", recommendationId).param("p", recipientId).param("outcome", outcome.name())
                .param("text", actionText).param("by", actionDueDate).param("why", explanation)
                .param("sent", sentOn).param("now", now).update();
    }

    /** Whether the demo's conclusion is there. */
    boolean anyDemo() {
        return jdbc.sql("select count(*) from supervision_request where demo = true").query(Long.class).single() > 0;
    }
}
