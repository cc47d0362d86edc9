package vn.danvan.dialogue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organisation.DemoDataset;
import vn.danvan.organisation.DemoPart;
import vn.danvan.organisation.DemoStage;
import vn.danvan.organisation.DemoStep;
import vn.danvan.organisation.LocalGovernment;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;

/**
 * The dialogue demo step: gives the first demo commune (An Bình in 2018, Phú Giáo in 2025) a
 * reception record to look at: a session held on a
 * working day of each of the last {@value #WEEKS} ended weeks but one ({@value #MISSED_WEEK} weeks ago,
 * left missed), most chaired by the chairman, and one planned next week. Rows are marked demo.
 */
@Component
class ReceptionDemo implements DemoStep {

    static final int WEEKS = 8;
    static final int MISSED_WEEK = 3;

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final WorkingCalendar calendar;
    private final ReceptionSchedules schedules;
    private final Clock clock;

    ReceptionDemo(JdbcClient jdbc, OrganisationService organisation,
            WorkingCalendar calendar, ReceptionSchedules schedules, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.calendar = calendar;
        this.schedules = schedules;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.DIALOGUE;
    }

    @Override
    public boolean loaded() {
        return jdbc.sql("select count(*) from dialogue_conference where demo = true and kind = 'RECEPTION'")
                .query(Long.class).single() > 0;
    }

    @Override
    public void load(DemoDataset set) {
        UnitView commune = organisation.demoUnit(DemoPart.FIRST_COMMUNE).orElseThrow();
        LocalDate thisMonday = schedules.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int ago = 1; ago <= WEEKS; ago++) {
            if (ago == MISSED_WEEK) {
                continue;
            }
            LocalDate day = receptionDay(thisMonday.minusWeeks(ago));
            if (day != null) {
                boolean byHead = ago != 2;
                insert(commune, day, byHead, "HELD", 4 + ago % 5);
            }
        }
        LocalDate next = receptionDay(thisMonday.plusWeeks(1));
        if (next != null) {
            insert(commune, next, true, "PLANNED", null);
        }
    }

    /** Thursday, the usual reception day, or the week's first working day; null in a week without one. */
    private LocalDate receptionDay(LocalDate monday) {
        LocalDate thursday = monday.plusDays(3);
        if (calendar.isWorkingDay(thursday)) {
            return thursday;
        }
        return monday.datesUntil(monday.plusDays(7)).filter(calendar::isWorkingDay).findFirst().orElse(null);
    }

    private void insert(UnitView unit, LocalDate day, boolean byHead, String status, Integer attendance) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDateTime startsAt = day.atTime(7, 30);
        jdbc.sql("""
                insert into dialogue_conference (host_unit_id, kind, chair_person_id, chair_name, starts_at, place,
                    topic, status, attendance, held_at, demo, created_by, created_at, updated_at)
                values (:unit, 'RECEPTION', :chair, :chairName, :startsAt, :place, :topic, :status, :attendance,
                    :heldAt, true, 'demo', :now, :now)
                """).param("unit", unit.id()).param("chair", byHead ? unit.headPersonId() : null)
                .param("chairName", byHead && unit.headName() != null ? unit.headName() : "Phó Chủ tịch UBND xã")
                .param("startsAt", startsAt).param("place", "Trụ sở tiếp công dân " + LocalGovernment.area(unit.name()))
                .param("topic", "Tiếp công dân định kỳ của Chủ tịch UBND xã").param("status", status)
                .param("attendance", attendance)
                .param("heldAt", "HELD".equals(status) ? startsAt.atZone(vn.danvan.shared.DanVanTime.ZONE)
                        .toOffsetDateTime() : null)
                .param("now", now).update();
    }
}
