package vn.danvan.dialogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.indicator.IndicatorProvider;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * The dialogue figures of a unit for a period (clause 1d): conferences it held in the period, their
 * attendance and the questions raised; of the commitments it owns falling due in the period, the
 * percentage done on or before the due date; and its open commitments overdue (due before today or
 * the period's end, whichever is earlier), shown on the leader's dashboard as late items.
 *
 * <p>The weekly citizen reception of a commune (Luật Tiếp công dân 2013, Điều 15), as
 * {@link ReceptionSchedule} counts it: reception sessions held in the period; of the due weeks
 * (ended before today, with a working day, overlapping the period) the percentage with a held
 * session, and the number without one (late items on the dashboard). The two week figures are null
 * for units that are not communes, and the percentage when no week is due yet.
 */
@Component
public class DialogueIndicators implements IndicatorProvider {

    public static final String CONFERENCES_HELD = "dialogue.conferencesHeld";
    public static final String ATTENDANCE = "dialogue.attendance";
    public static final String QUESTIONS = "dialogue.questions";
    public static final String COMMITMENTS_KEPT_ON_TIME = "dialogue.commitmentsKeptOnTime";
    public static final String COMMITMENTS_OVERDUE = "dialogue.commitmentsOverdue";
    public static final String RECEPTION_SESSIONS_HELD = "dialogue.receptionSessionsHeld";
    public static final String RECEPTION_WEEKS_COVERED = "dialogue.receptionWeeksCovered";
    public static final String RECEPTION_WEEKS_MISSED = "dialogue.receptionWeeksMissed";

    private static final String CLAUSE = "1d";
    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(CONFERENCES_HELD, "dialogue.indicator.conferencesHeld", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(ATTENDANCE, "dialogue.indicator.attendance", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(QUESTIONS, "dialogue.indicator.questions", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(COMMITMENTS_KEPT_ON_TIME, "dialogue.indicator.commitmentsKeptOnTime",
                    IndicatorKind.PERCENT, CLAUSE),
            new IndicatorDefinition(COMMITMENTS_OVERDUE, "dialogue.indicator.commitmentsOverdue", IndicatorKind.COUNT,
                    CLAUSE, IndicatorDefinition.AtAGlance.LATE_ITEMS),
            new IndicatorDefinition(RECEPTION_SESSIONS_HELD, "dialogue.indicator.receptionSessionsHeld",
                    IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(RECEPTION_WEEKS_COVERED, "dialogue.indicator.receptionWeeksCovered",
                    IndicatorKind.PERCENT, CLAUSE),
            new IndicatorDefinition(RECEPTION_WEEKS_MISSED, "dialogue.indicator.receptionWeeksMissed",
                    IndicatorKind.COUNT, CLAUSE, IndicatorDefinition.AtAGlance.LATE_ITEMS));

    private static final String LINK = "/dialogue";
    private static final String RECEPTION_LINK = "/dialogue/reception";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReceptionSchedules receptions;
    private final OrganisationService organisation;

    DialogueIndicators(JdbcClient jdbc, Clock clock, ReceptionSchedules receptions, OrganisationService organisation) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.receptions = receptions;
        this.organisation = organisation;
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
        List<IndicatorValue> values = new ArrayList<>(List.of(
                new IndicatorValue(CONFERENCES_HELD, BigDecimal.valueOf(held[0]), LINK),
                new IndicatorValue(ATTENDANCE, BigDecimal.valueOf(held[1]), LINK),
                new IndicatorValue(QUESTIONS, BigDecimal.valueOf(questions), LINK),
                new IndicatorValue(COMMITMENTS_KEPT_ON_TIME, rate, LINK),
                new IndicatorValue(COMMITMENTS_OVERDUE, BigDecimal.valueOf(overdue), LINK)));
        values.addAll(reception(unitId, from, to));
        return values;
    }

    private List<IndicatorValue> reception(long unitId, LocalDate from, LocalDate to) {
        List<ReceptionSession> sessions = receptions.sessions(List.of(unitId), from, to);
        long held = sessions.stream().filter(s -> s.status() == ConferenceStatus.HELD
                && !s.startsAt().toLocalDate().isBefore(from) && !s.startsAt().toLocalDate().isAfter(to)).count();
        UnitView unit = organisation.unit(unitId).orElse(null);
        BigDecimal covered = null;
        BigDecimal missed = null;
        if (unit != null && unit.kind() == UnitKind.COMMUNE_COMMITTEE) {
            var coverage = ReceptionSchedule.coverage(receptions.weeksOf(unit, from, to, sessions));
            missed = BigDecimal.valueOf(coverage.missed());
            covered = coverage.due() == 0 ? null : BigDecimal.valueOf(coverage.covered() * 100L)
                    .divide(BigDecimal.valueOf(coverage.due()), 1, RoundingMode.HALF_UP);
        }
        return List.of(new IndicatorValue(RECEPTION_SESSIONS_HELD, BigDecimal.valueOf(held), RECEPTION_LINK),
                new IndicatorValue(RECEPTION_WEEKS_COVERED, covered, RECEPTION_LINK),
                new IndicatorValue(RECEPTION_WEEKS_MISSED, missed, RECEPTION_LINK));
    }
}
