package vn.danvan.dialogue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organisation.DemoPart;
import vn.danvan.organisation.LocalGovernment;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;

/**
 * With {@code danvan.demo} on, gives the first demo commune (An Bình in 2018, Phú Giáo in 2025) a
 * reception record to look at: a session held on a
 * working day of each of the last {@value #WEEKS} ended weeks but one ({@value #MISSED_WEEK} weeks ago,
 * left missed), most chaired by the chairman, and one planned next week. Rows are marked demo.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ReceptionDemo implements ApplicationRunner {

    static final int WEEKS = 8;
    static final int MISSED_WEEK = 3;
    private static final Logger log = LoggerFactory.getLogger(ReceptionDemo.class);

    private final boolean demo;
    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final WorkingCalendar calendar;
    private final ReceptionSchedules schedules;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReceptionDemo(@Value("${danvan.demo:false}") boolean demo, JdbcClient jdbc, OrganisationService organisation,
            WorkingCalendar calendar, ReceptionSchedules schedules, TransactionTemplate transactions, Clock clock) {
        this.clock = clock;
        this.demo = demo;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.calendar = calendar;
        this.schedules = schedules;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo) {
            return;
        }
        UnitView commune = organisation.demoUnit(DemoPart.FIRST_COMMUNE).orElse(null);
        if (commune == null || jdbc.sql("select count(*) from dialogue_conference where demo = true and kind = 'RECEPTION'")
                .query(Long.class).single() > 0) {
            return;
        }
        LocalDate thisMonday = schedules.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        transactions.executeWithoutResult(s -> {
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
        });
        log.info("Loaded the demo reception sessions of {}", commune.name());
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
