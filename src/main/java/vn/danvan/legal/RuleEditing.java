package vn.danvan.legal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;

/**
 * Records a new value of a rule: a value of the rule's unit within its bounds, its legal source and the date
 * from which it applies. Nothing is overwritten: the earlier values stay as the rule's history (a record with
 * the same date as an earlier one corrects it). The edit takes the version of the rule the administrator saw,
 * so a page left open while someone else recorded a value is refused; it is audited.
 *
 * <p>A statutory rule (set by a law) changes only with a legal source other than the one in force and a date
 * after the date of the value in force: an amendment of the law, never a preference.
 */
@Service
@Transactional
class RuleEditing {

    static final String ENTITY = "LegalRule";
    /** The dates a person may give: a rule that applied before 2000 or will from 2100 is a typing mistake. */
    static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);

    private final JdbcClient jdbc;
    private final LegalRules rules;
    private final AuditService audit;
    private final Clock clock;

    RuleEditing(JdbcClient jdbc, LegalRules rules, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rule's version, which an edit must name. */
    @Transactional(readOnly = true)
    long version(LegalRule rule) {
        return jdbc.sql("select version from legal_rule where rule_key = :key").param("key", rule.name())
                .query(Long.class).single();
    }

    /** The new value as typed, its source (already cleaned) and date; the id of the record. */
    long record(LegalRule rule, long version, String typedValue, String legalSource, LocalDate appliesFrom) {
        List<Problem> problems = new ArrayList<>();
        Optional<String> value = rule.unit().read(typedValue, rule.min(), rule.max());
        if (value.isEmpty()) {
            problems.add(Problem.on("value", "legal.error.value." + rule.unit().name(), rule.unit().bound(rule.min()),
                    rule.unit().bound(rule.max())));
        }
        if (appliesFrom.isBefore(FIRST_DATE) || appliesFrom.isAfter(LAST_DATE)) {
            problems.add(Problem.on("appliesFrom", "legal.error.appliesFrom.range"));
        }
        RuleValue current = rules.inForce(rule, LocalDate.now(clock.withZone(DanVanTime.ZONE)));
        if (rule.statutory()) {
            if (legalSource.equalsIgnoreCase(current.legalSource())) {
                problems.add(Problem.on("legalSource", "legal.error.statutory.source"));
            }
            if (!appliesFrom.isAfter(current.appliesFrom())) {
                problems.add(Problem.on("appliesFrom", "legal.error.statutory.date",
                        current.appliesFrom().format(DanVanTime.DATE)));
            }
        }
        InvalidRequestException.throwIfAny(problems);

        int rows = jdbc.sql("""
                update legal_rule set version = version + 1, updated_at = :now
                where rule_key = :key and version = :version""")
                .param("now", OffsetDateTime.now(clock)).param("key", rule.name()).param("version", version)
                .update();
        if (rows != 1) {
            throw InvalidRequestException.onField("version", "legal.error.stale");
        }
        RuleValue before = rules.inForce(rule, appliesFrom);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into legal_rule_value (rule_key, rule_value, legal_source, applies_from, recorded_by, recorded_at)
                values (:key, :value, :source, :from, :by, :at)""")
                .param("key", rule.name()).param("value", value.get()).param("source", legalSource)
                .param("from", appliesFrom).param("by", actor()).param("at", OffsetDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        rules.forget();
        audit.updated(ENTITY, rule.name(), null, fields(before.value(), before.legalSource(), before.appliesFrom()),
                fields(value.get(), legalSource, appliesFrom));
        return id;
    }

    private static Map<String, Object> fields(String value, String source, LocalDate from) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("value", value);
        fields.put("legalSource", source);
        fields.put("appliesFrom", from.toString());
        return fields;
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
