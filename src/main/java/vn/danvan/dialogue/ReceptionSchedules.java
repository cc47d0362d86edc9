package vn.danvan.dialogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;

/**
 * The reception schedule of the communes (UBND xã) in the signed-in account's scope, week by week,
 * from one query for all of them; and the weeks of one commune for the indicators.
 */
@Service
@Transactional(readOnly = true)
class ReceptionSchedules {

    /** One commune's row: its weeks and how it kept the rule. */
    public record Row(UnitView unit, List<ReceptionWeek> weeks, ReceptionSchedule.Coverage coverage) {
    }

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final OrganisationScope scope;
    private final WorkingCalendar calendar;
    private final Clock clock;

    ReceptionSchedules(JdbcClient jdbc, OrganisationService organisation, OrganisationScope scope,
            WorkingCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.scope = scope;
        this.calendar = calendar;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE));
    }

    /** The communes the current user may see, in tree order. */
    public List<UnitView> communes() {
        var visible = scope.visibleUnits();
        return organisation.activeUnits().stream()
                .filter(u -> u.kind() == UnitKind.COMMUNE_COMMITTEE && visible.includes(u.id())).toList();
    }

    /** A row per commune in scope for the period. */
    public List<Row> rows(ReceptionPeriod period) {
        List<UnitView> communes = communes();
        LocalDate today = today();
        Map<Long, List<ReceptionSession>> byUnit = sessions(communes.stream().map(UnitView::id).toList(),
                period.from(), period.to()).stream().collect(Collectors.groupingBy(ReceptionSession::unitId));
        return communes.stream().map(u -> {
            List<ReceptionWeek> weeks = ReceptionSchedule.weeks(period.from(), period.to(), today,
                    u.headPersonId(), byUnit.getOrDefault(u.id(), List.of()), calendar::isWorkingDay);
            return new Row(u, weeks, ReceptionSchedule.coverage(weeks));
        }).toList();
    }

    /** The weeks of one unit for {@code from}..{@code to}, with the sessions they were computed from. */
    List<ReceptionWeek> weeksOf(UnitView unit, LocalDate from, LocalDate to, List<ReceptionSession> sessions) {
        return ReceptionSchedule.weeks(from, to, today(), unit.headPersonId(), sessions, calendar::isWorkingDay);
    }

    /**
     * The reception sessions, cancelled ones left out, of the units in the weeks overlapping
     * {@code from}..{@code to}: one query whatever the number of units and weeks.
     */
    List<ReceptionSession> sessions(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<LocalDate> mondays = ReceptionSchedule.mondays(from, to);
        return jdbc.sql("""
                select id, host_unit_id, starts_at, status, chair_person_id from dialogue_conference
                 where kind = 'RECEPTION' and status <> 'CANCELLED' and starts_at >= :from and starts_at < :to
                   and host_unit_id in (:units)
                 order by starts_at
                """).param("from", mondays.get(0).atStartOfDay())
                .param("to", mondays.get(mondays.size() - 1).plusWeeks(1).atStartOfDay())
                .param("units", List.copyOf(unitIds))
                .query((rs, n) -> new ReceptionSession(rs.getLong("id"), rs.getLong("host_unit_id"),
                        rs.getObject("starts_at", LocalDateTime.class),
                        ConferenceStatus.valueOf(rs.getString("status")),
                        (Long) rs.getObject("chair_person_id", Long.class)))
                .list();
    }

    /**
     * A reception session of the demo (marked so) as the reception record shows it: held on a past day with
     * its attendance, or planned. Held sessions are dated back, which no screen can do; see
     * {@code ReceptionDemo}. The recorder is the demo, as for every demo row.
     */
    @Transactional
    void recordDemo(UnitView commune, LocalDateTime startsAt, Long chairPersonId, String chairName, String place,
            String topic, Integer heldAttendance) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean held = heldAttendance != null;
        jdbc.sql("""
                insert into dialogue_conference (host_unit_id, kind, chair_person_id, chair_name, starts_at, place,
                    topic, status, attendance, held_at, demo, created_by, created_at, updated_at)
                values (:unit, 'RECEPTION', :chair, :chairName, :startsAt, :place, :topic, :status, :attendance,
                    :heldAt, true, 'demo', :now, :now)
                """).param("unit", commune.id()).param("chair", chairPersonId).param("chairName", chairName)
                .param("startsAt", startsAt).param("place", place).param("topic", topic)
                .param("status", held ? "HELD" : "PLANNED").param("attendance", heldAttendance)
                .param("heldAt", held ? startsAt.atZone(DanVanTime.ZONE).toOffsetDateTime() : null)
                .param("now", now).update();
    }

    /** Whether the demo's reception sessions are there. */
    boolean anyDemo() {
        return jdbc.sql("select count(*) from dialogue_conference where demo = true and kind = 'RECEPTION'")
                .query(Long.class).single() > 0;
    }
}
