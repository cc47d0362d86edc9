package vn.danvan.dialogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

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

    private final OrganisationService organisation;
    private final WorkingCalendar calendar;
    private final ReceptionSchedules schedules;

    ReceptionDemo(OrganisationService organisation, WorkingCalendar calendar, ReceptionSchedules schedules) {
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
        return schedules.anyDemo();
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
                insert(commune, day, byHead, 4 + ago % 5);
            }
        }
        LocalDate next = receptionDay(thisMonday.plusWeeks(1));
        if (next != null) {
            insert(commune, next, true, null);
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

    private void insert(UnitView unit, LocalDate day, boolean byHead, Integer attendance) {
        schedules.recordDemo(unit, day.atTime(7, 30), byHead ? unit.headPersonId() : null,
                byHead && unit.headName() != null ? unit.headName() : "Phó Chủ tịch UBND xã",
                "Trụ sở tiếp công dân " + LocalGovernment.area(unit.name()),
                "Tiếp công dân định kỳ của Chủ tịch UBND xã",
                attendance);
    }
}
