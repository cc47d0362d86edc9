package vn.danvan.legal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.ShortLived;

/**
 * The laws in force, as the modules read them: the value of a rule on a given day, typed by its unit, with
 * its legal source. Ask with the day that matters to the rule (the day a dossier was received, a request
 * sent, a vote closed), not with "now", so that a value recorded to apply from a later date changes nothing
 * before it. A rule's values are kept in memory for {@link #LIFETIME} (every petition, dossier and vote asks), as the
 * working calendar's years are.
 */
@Service
@Transactional(readOnly = true)
public class LegalRules {

    /** How long a rule's values are kept in memory, as the working calendar's years. */
    static final Duration LIFETIME = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final ShortLived<LegalRule, RuleHistory> histories;

    LegalRules(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.histories = new ShortLived<>(LIFETIME, clock, rule -> new RuleHistory(values(rule)));
    }

    /** The value in force on {@code day}, with its source. */
    public RuleValue inForce(LegalRule rule, LocalDate day) {
        return history(rule).inForce(day)
                .orElseThrow(() -> new IllegalStateException("no value recorded for the rule " + rule));
    }

    /** A time limit in working days, in force on {@code day}. */
    public int workingDays(LegalRule rule, LocalDate day) {
        return typed(rule, RuleUnit.WORKING_DAYS, day).asInt();
    }

    /** A time of day, in force on {@code day}. */
    public LocalTime timeOfDay(LegalRule rule, LocalDate day) {
        return typed(rule, RuleUnit.TIME_OF_DAY, day).asTime();
    }

    /** A percentage, in force on {@code day}. */
    public int percent(LegalRule rule, LocalDate day) {
        return typed(rule, RuleUnit.PERCENT, day).asInt();
    }

    /** Every value recorded for the rule, in no particular order. */
    List<RuleValue> values(LegalRule rule) {
        return jdbc.sql("select " + COLUMNS + " from legal_rule_value where rule_key = :key")
                .param("key", rule.name()).query(LegalRules::row).list();
    }

    RuleHistory history(LegalRule rule) {
        return histories.get(rule);
    }

    /**
     * After a value was recorded on this node, or changed outside DanVan (a script, a test's clean-up): the next
     * question reads the rule's values again. Other nodes see a change within {@link #LIFETIME}.
     */
    public void forget() {
        histories.forgetAll();
    }

    private RuleValue typed(LegalRule rule, RuleUnit unit, LocalDate day) {
        if (rule.unit() != unit) {
            throw new IllegalArgumentException(rule + " is counted in " + rule.unit() + ", not " + unit);
        }
        return inForce(rule, day);
    }

    static final String COLUMNS = "id, rule_key, rule_value, legal_source, applies_from, recorded_by, recorded_at";

    static RuleValue row(ResultSet rs, int n) throws SQLException {
        return new RuleValue(rs.getLong("id"), LegalRule.valueOf(rs.getString("rule_key")), rs.getString("rule_value"),
                rs.getString("legal_source"), rs.getObject("applies_from", LocalDate.class), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
