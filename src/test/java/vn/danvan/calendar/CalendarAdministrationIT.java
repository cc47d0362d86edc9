package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.shared.web.InvalidRequestException;

/** An admin's edits of a year's calendar, against the database; each test uses a year of its own. */
@DanVanIntegrationTest
class CalendarAdministrationIT {

    private static final int FIRST_TEST_YEAR = 2061;
    private static final int LAST_TEST_YEAR = 2069;

    @Autowired
    CalendarAdministration administration;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    HolidayRules rules;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestYears() {
        jdbc.sql("delete from calendar_day where year_number between :a and :b")
                .param("a", FIRST_TEST_YEAR).param("b", LAST_TEST_YEAR).update();
        jdbc.sql("delete from calendar_source where year_number between :a and :b")
                .param("a", FIRST_TEST_YEAR).param("b", LAST_TEST_YEAR).update();
        jdbc.sql("delete from calendar_year where year_number between :a and :b")
                .param("a", FIRST_TEST_YEAR).param("b", LAST_TEST_YEAR).update();
        for (int year = FIRST_TEST_YEAR; year <= LAST_TEST_YEAR; year++) {
            calendar.forget(year);
        }
    }

    @Test
    void aYearNotOpenedIsServedFromTheRules() {
        YearView view = administration.view(2061);
        assertThat(view.stored()).isFalse();
        assertThat(view.version()).isNull();
        assertThat(view.days()).isEqualTo(rules.propose(2061));
        assertThat(calendar.daysOff(2061)).isEqualTo(rules.propose(2061));
    }

    @Test
    void openingAYearStoresTheProposalAndAuditsEachRow() {
        long auditedDays = auditCount(CalendarAdministration.DAY_ENTITY, "CREATE");
        administration.open(2062);

        YearView view = administration.view(2062);
        assertThat(view.stored()).isTrue();
        assertThat(view.status()).isEqualTo(YearStatus.PROPOSED);
        assertThat(view.days()).isEqualTo(rules.propose(2062));
        assertThat(auditCount(CalendarAdministration.DAY_ENTITY, "CREATE") - auditedDays).isEqualTo(view.days().size());
        assertThat(auditCount(CalendarAdministration.YEAR_ENTITY, "CREATE")).isPositive();

        administration.open(2062);
        assertThat(administration.view(2062).version()).isEqualTo(view.version());
    }

    @Test
    void anAddedDayOffIsSeenByTheWorkingCalendarAtOnce() {
        LocalDate wednesday = LocalDate.of(2063, 3, 14);
        assertThat(calendar.isWorkingDay(wednesday)).isTrue();

        administration.addDay(2063, null, new CalendarDay(wednesday, "Nghỉ theo quyết định", DayKind.HOLIDAY));

        assertThat(calendar.isWorkingDay(wednesday)).isFalse();
        assertThat(calendar.daysOff(2063))
                .contains(new CalendarDay(wednesday, "Nghỉ theo quyết định", DayKind.HOLIDAY));
        assertThat(administration.view(2063).stored()).isTrue();
    }

    @Test
    void aMakeUpWorkingDayMustBeASaturdayOrSunday() {
        LocalDate saturday = LocalDate.of(2064, 1, 5);
        administration.addDay(2064, null, new CalendarDay(saturday, "Làm bù", DayKind.MAKE_UP_WORKDAY));
        assertThat(calendar.isWorkingDay(saturday)).isTrue();

        long version = administration.view(2064).version();
        assertThatThrownBy(() -> administration.addDay(2064, version,
                new CalendarDay(LocalDate.of(2064, 1, 7), "Làm bù", DayKind.MAKE_UP_WORKDAY)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("calendar.error.makeUpOnWeekday");
                    assertThat(e.field()).isEqualTo("date");
                });
    }

    @Test
    void aDayAlreadyInTheCalendarCannotBeAddedTwice() {
        administration.open(2065);
        long version = administration.view(2065).version();
        assertThatThrownBy(() -> administration.addDay(2065, version,
                new CalendarDay(LocalDate.of(2065, 1, 1), "Tết", DayKind.HOLIDAY)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("calendar.error.dayTaken");
    }

    @Test
    void removingADayDeletesItAndKeepsItsLastStateInTheAuditLog() {
        administration.open(2066);
        YearView view = administration.view(2066);
        CalendarDay victory = view.days().stream()
                .filter(d -> d.date().equals(LocalDate.of(2066, 4, 30))).findFirst().orElseThrow();

        administration.removeDay(2066, view.version(), victory.date());

        assertThat(administration.view(2066).days()).doesNotContain(victory);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry e join audit_change c on c.entry_id = e.id
                where e.entity_type = :type and e.action = 'RETIRE' and c.field = 'name' and c.before_value = :name""")
                .param("type", CalendarAdministration.DAY_ENTITY).param("name", victory.name())
                .query(Long.class).single()).isPositive();
    }

    @Test
    void swappingAWeekendDayMakesItAMakeUpDayAndTheWorkingDayADayOff() {
        LocalDate saturday = LocalDate.of(2067, 1, 8);
        LocalDate friday = LocalDate.of(2067, 1, 14);
        administration.swap(2067, null, saturday, friday);

        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.isWorkingDay(friday)).isFalse();
        assertThat(calendar.daysOff(2067)).extracting(CalendarDay::date, CalendarDay::kind)
                .contains(tuple(saturday, DayKind.MAKE_UP_WORKDAY),
                        tuple(friday, DayKind.HOLIDAY));
    }

    @Test
    void swappingAHolidayMovesItToTheWorkingDay() {
        administration.open(2068);
        YearView view = administration.view(2068);
        LocalDate victoryDay = LocalDate.of(2068, 4, 30); // a Monday
        LocalDate friday = LocalDate.of(2068, 4, 27);

        administration.swap(2068, view.version(), victoryDay, friday);

        assertThat(calendar.isWorkingDay(victoryDay)).isTrue();
        assertThat(calendar.daysOff(2068)).contains(new CalendarDay(friday, "Ngày Chiến thắng 30/4", DayKind.HOLIDAY));
        long version = administration.view(2068).version();
        assertThatThrownBy(() -> administration.swap(2068, version, LocalDate.of(2068, 5, 2), friday))
                .isInstanceOf(InvalidRequestException.class).hasMessage("calendar.error.notDayOff");
    }

    @Test
    void confirmingRecordsWhoAndRefusesAStaleScreen() {
        administration.open(2069);
        long seen = administration.view(2069).version();

        administration.confirm(2069, seen, "admin");

        YearView confirmed = administration.view(2069);
        assertThat(confirmed.confirmed()).isTrue();
        assertThat(confirmed.confirmedBy()).isEqualTo("admin");
        assertThat(confirmed.confirmedAt()).isNotNull();
        assertThatThrownBy(() -> administration.removeDay(2069, seen, LocalDate.of(2069, 1, 1)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(administration.view(2069).days()).isEqualTo(confirmed.days());
    }

    private long auditCount(String type, String action) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = :type and action = :action")
                .param("type", type).param("action", action).query(Long.class).single();
    }
}
