package vn.danvan.supervision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The default answer time of the units (working days) with its legal source, a setting kept in the database. */
@Component
class SupervisionSettings {

    static final String ANSWER = "ANSWER";

    /** Working days allowed for the answer when the request states no date, and the text that says so. */
    record AnswerRule(int workingDays, String legalSource, long version) {
    }

    private final JdbcClient jdbc;

    SupervisionSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AnswerRule answerRule() {
        return jdbc.sql("select working_days, legal_source, version from supervision_rule where rule_key = :key")
                .param("key", ANSWER)
                .query((rs, n) -> new AnswerRule(rs.getInt("working_days"), rs.getString("legal_source"),
                        rs.getLong("version")))
                .single();
    }
}
