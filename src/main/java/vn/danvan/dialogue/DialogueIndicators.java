package vn.danvan.dialogue;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.danvan.shared.indicator.IndicatorPeriod;
import vn.danvan.shared.indicator.UnitCounts;
import vn.danvan.shared.indicator.Rates;
import java.util.HashMap;
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
class DialogueIndicators implements IndicatorProvider {

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
    public Map<Long, List<IndicatorValue>> values(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        // conferences' starts_at is a local date-time (as the host typed it), so the period is of local days
        var held = UnitCounts.of(jdbc, """
                select host_unit_id, count(*) as n, coalesce(sum(attendance), 0) as people from dialogue_conference
                 where host_unit_id in (:units) and status = 'HELD' and starts_at >= :from and starts_at < :to
                 group by host_unit_id""", unitIds, 2,
                q -> q.param("from", from.atStartOfDay()).param("to", to.plusDays(1).atStartOfDay()));
        var questions = UnitCounts.of(jdbc, """
                select c.host_unit_id, count(*) from dialogue_question q
                  join dialogue_conference c on c.id = q.conference_id
                 where c.host_unit_id in (:units) and c.status = 'HELD' and c.starts_at >= :from and c.starts_at < :to
                 group by c.host_unit_id""", unitIds, 1,
                q -> q.param("from", from.atStartOfDay()).param("to", to.plusDays(1).atStartOfDay()));
        LocalDate cutoff = new IndicatorPeriod(from, to).cutoff(clock);
        var due = UnitCounts.of(jdbc, """
                select owner_unit_id, coalesce(sum(case when due_date <= :to then 1 else 0 end), 0) as total,
                       coalesce(sum(case when due_date <= :to and status = 'DONE' and done_on <= due_date
                           then 1 else 0 end), 0) as kept,
                       coalesce(sum(case when status = 'OPEN' and due_date < :cutoff then 1 else 0 end), 0) as overdue
                  from dialogue_commitment
                 where owner_unit_id in (:units) and due_date >= :from
                 group by owner_unit_id""", unitIds, 3,
                q -> q.param("from", from).param("to", to).param("cutoff", cutoff));
        Map<Long, List<IndicatorValue>> reception = reception(unitIds, from, to);
        Map<Long, List<IndicatorValue>> values = new LinkedHashMap<>();
        for (long unit : unitIds) {
            List<IndicatorValue> figures = new ArrayList<>(List.of(
                    new IndicatorValue(CONFERENCES_HELD, BigDecimal.valueOf(held.get(unit, 0)), LINK),
                    new IndicatorValue(ATTENDANCE, BigDecimal.valueOf(held.get(unit, 1)), LINK),
                    new IndicatorValue(QUESTIONS, BigDecimal.valueOf(questions.get(unit)), LINK),
                    new IndicatorValue(COMMITMENTS_KEPT_ON_TIME, Rates.percent(due.get(unit, 1), due.get(unit, 0)), LINK),
                    new IndicatorValue(COMMITMENTS_OVERDUE, BigDecimal.valueOf(due.get(unit, 2)), LINK)));
            figures.addAll(reception.get(unit));
            values.put(unit, figures);
        }
        return values;
    }

    private Map<Long, List<IndicatorValue>> reception(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Map<Long, List<ReceptionSession>> sessionsOf = new HashMap<>();
        receptions.sessions(unitIds, from, to)
                .forEach(s -> sessionsOf.computeIfAbsent(s.unitId(), u -> new ArrayList<>()).add(s));
        Map<Long, UnitView> units = organisation.units(unitIds);
        Map<Long, List<IndicatorValue>> values = new HashMap<>();
        for (long unitId : unitIds) {
            List<ReceptionSession> sessions = sessionsOf.getOrDefault(unitId, List.of());
            long held = sessions.stream().filter(s -> s.status() == ConferenceStatus.HELD
                    && !s.startsAt().toLocalDate().isBefore(from) && !s.startsAt().toLocalDate().isAfter(to)).count();
            UnitView unit = units.get(unitId);
            BigDecimal covered = null;
            BigDecimal missed = null;
            if (unit != null && unit.kind() == UnitKind.COMMUNE_COMMITTEE) {
                var coverage = ReceptionSchedule.coverage(receptions.weeksOf(unit, from, to, sessions));
                missed = BigDecimal.valueOf(coverage.missed());
                covered = Rates.percent(coverage.covered(), coverage.due());
            }
            values.put(unitId, List.of(
                    new IndicatorValue(RECEPTION_SESSIONS_HELD, BigDecimal.valueOf(held), RECEPTION_LINK),
                    new IndicatorValue(RECEPTION_WEEKS_COVERED, covered, RECEPTION_LINK),
                    new IndicatorValue(RECEPTION_WEEKS_MISSED, missed, RECEPTION_LINK)));
        }
        return values;
    }
}
