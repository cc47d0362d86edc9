package vn.danvan.supervision;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * The default answer time of the units (working days) with its legal source, a setting kept in the database
 * that the administrator edits (domain.md section 6: each time rule is a setting with its legal source).
 * A change applies to requests sent (or answers reopened) afterwards; it is audited and takes the version
 * the administrator saw.
 */
@Component
class SupervisionSettings {

    static final String ANSWER = "ANSWER";

    /** Working days allowed for the answer when the request states no date, and the text that says so. */
    record AnswerRule(int workingDays, String legalSource, long version) {
    }

    private final JdbcClient jdbc;
    private final AuditService audit;
    private final Clock clock;

    SupervisionSettings(JdbcClient jdbc, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores the rule (its range and size checked by the form) at the version the administrator saw; a
     * change made meanwhile is refused and then nothing changes.
     */
    @Transactional
    void update(int days, String legalSource, long version) {
        AnswerRule before = answerRule();
        int rows = jdbc.sql("""
                update supervision_rule set working_days = :days, legal_source = :source, updated_at = :now,
                    version = version + 1 where rule_key = :key and version = :version""")
                .param("days", days).param("source", legalSource).param("now", OffsetDateTime.now(clock))
                .param("key", ANSWER).param("version", version).update();
        if (rows != 1) {
            throw InvalidRequestException.onField("version", "supervision.settings.error.stale");
        }
        audit.updated("supervision_rule", ANSWER, null,
                Map.of("workingDays", before.workingDays(), "legalSource", before.legalSource()),
                Map.of("workingDays", days, "legalSource", legalSource));
    }

    AnswerRule answerRule() {
        return jdbc.sql("select working_days, legal_source, version from supervision_rule where rule_key = :key")
                .param("key", ANSWER)
                .query((rs, n) -> new AnswerRule(rs.getInt("working_days"), rs.getString("legal_source"),
                        rs.getLong("version")))
                .single();
    }
}
