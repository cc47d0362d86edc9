package vn.danvan.legal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * One value of a rule as recorded: the value in its unit's canonical text, the legal source that sets it
 * (document number, article, clause), the date from which it applies, and who recorded it when.
 */
public record RuleValue(long id, LegalRule rule, String value, String legalSource, LocalDate appliesFrom,
        String recordedBy, OffsetDateTime recordedAt) {

    /** The value as a number: working days or a percentage. */
    public int asInt() {
        if (rule.unit() == RuleUnit.TIME_OF_DAY) {
            throw new IllegalStateException(rule + " is a time of day, not a number");
        }
        return Integer.parseInt(value);
    }

    /** The value as a time of day. */
    public LocalTime asTime() {
        if (rule.unit() != RuleUnit.TIME_OF_DAY) {
            throw new IllegalStateException(rule + " is not a time of day");
        }
        return LocalTime.parse(value);
    }
}
