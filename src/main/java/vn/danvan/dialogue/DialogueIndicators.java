package vn.danvan.dialogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.indicator.IndicatorProvider;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * The dialogue figures of a unit for a period (clause 1d): conferences it held in the period, their
 * attendance and the questions raised; of the commitments it owns falling due in the period, the
 * percentage done on or before the due date; and its open commitments overdue (due before today or
 * the period's end, whichever is earlier), shown on the leader's dashboard as late items.
 */
@Component
public class DialogueIndicators implements IndicatorProvider {

    public static final String CONFERENCES_HELD = "dialogue.conferencesHeld";
    public static final String ATTENDANCE = "dialogue.attendance";
    public static final String QUESTIONS = "dialogue.questions";
    public static final String COMMITMENTS_KEPT_ON_TIME = "dialogue.commitmentsKeptOnTime";
    public static final String COMMITMENTS_OVERDUE = "dialogue.commitmentsOverdue";

    private static final String CLAUSE = "1d";
    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(CONFERENCES_HELD, "dialogue.indicator.conferencesHeld", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(ATTENDANCE, "dialogue.indicator.attendance", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(QUESTIONS, "dialogue.indicator.questions", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(COMMITMENTS_KEPT_ON_TIME, "dialogue.indicator.commitmentsKeptOnTime",
                    IndicatorKind.PERCENT, CLAUSE),
            new IndicatorDefinition(COMMITMENTS_OVERDUE, "dialogue.indicator.commitmentsOverdue", IndicatorKind.COUNT,
                    CLAUSE, IndicatorDefinition.AtAGlance.LATE_ITEMS));

    private static final String LINK = "/dialogue";

    private final JdbcClient jdbc;
    private final Clock clock;

    DialogueIndicators(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }

    @Override
    public List<IndicatorValue> values(long unitId, LocalDate from, LocalDate to) {
        var held = jdbc.sql("""
                select count(*) as n, coalesce(sum(attendance), 0) as people from dialogue_conference
                 where host_unit_id = :unit and status = 'HELD' and starts_at >= :from and starts_at < :to
                """).param("unit", unitId).param("from", from.atStartOfDay()).param("to", to.plusDays(1).atStartOfDay())
                .query((rs, n) -> new long[] {rs.getLong("n"), rs.getLong("people")}).single();
        long questions = jdbc.sql("""
                select count(*) from dialogue_question q join dialogue_conference c on c.id = q.conference_id
                 where c.host_unit_id = :unit and c.status = 'HELD' and c.starts_at >= :from and c.starts_at < :to
                """).param("unit", unitId).param("from", from.atStartOfDay()).param("to", to.plusDays(1).atStartOfDay())
                .query(Long.class).single();
        var due = jdbc.sql("""
                select count(*) as total,
                       coalesce(sum(case when status = 'DONE' and done_on <= due_date then 1 else 0 end), 0) as kept
                  from dialogue_commitment
                 where owner_unit_id = :unit and due_date >= :from and due_date <= :to
                """).param("unit", unitId).param("from", from).param("to", to)
                .query((rs, n) -> new long[] {rs.getLong("total"), rs.getLong("kept")}).single();
        LocalDate today = LocalDate.now(clock);
        LocalDate cutoff = today.isAfter(to) ? to.plusDays(1) : today;
        long overdue = jdbc.sql("""
                select count(*) from dialogue_commitment
                 where owner_unit_id = :unit and status = 'OPEN' and due_date < :cutoff and due_date >= :from
                """).param("unit", unitId).param("cutoff", cutoff).param("from", from).query(Long.class).single();
        BigDecimal rate = due[0] == 0 ? null : BigDecimal.valueOf(due[1] * 100)
                .divide(BigDecimal.valueOf(due[0]), 1, RoundingMode.HALF_UP);
        return List.of(
                new IndicatorValue(CONFERENCES_HELD, BigDecimal.valueOf(held[0]), LINK),
                new IndicatorValue(ATTENDANCE, BigDecimal.valueOf(held[1]), LINK),
                new IndicatorValue(QUESTIONS, BigDecimal.valueOf(questions), LINK),
                new IndicatorValue(COMMITMENTS_KEPT_ON_TIME, rate, LINK),
                new IndicatorValue(COMMITMENTS_OVERDUE, BigDecimal.valueOf(overdue), LINK));
    }
}
