package vn.danvan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class DossierRulesTests {

    /** Tết Bính Ngọ: Monday 16 to Friday 20 February 2026 off, as the 2026 calendar has them. */
    private static final Set<LocalDate> DAYS_OFF = Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
            LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));

    private static final Predicate<LocalDate> WORKING = d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
            && d.getDayOfWeek() != DayOfWeek.SUNDAY && !DAYS_OFF.contains(d);

    private static final java.time.LocalTime FIFTEEN = java.time.LocalTime.of(15, 0);

    private static LocalDate due(String received, int days) {
        return DossierRules.appointment(LocalDateTime.parse(received), FIFTEEN, days, WORKING);
    }

    @Test
    void theDayOfReceiptIsNotCountedAndWeekendsAreSkipped() {
        // Thursday 5 March 2026 + 3 working days: Friday, Monday, Tuesday
        assertThat(due("2026-03-05T10:00", 3)).isEqualTo(LocalDate.of(2026, 3, 10));
        // Friday + 1 is Monday
        assertThat(due("2026-03-06T08:00", 1)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aDossierReceivedFrom15hCountsFromTheNextWorkingDay() {
        assertThat(due("2026-03-05T14:59", 3)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(due("2026-03-05T15:00", 3)).isEqualTo(LocalDate.of(2026, 3, 11));
        // Friday afternoon counts from Monday
        assertThat(due("2026-03-06T15:30", 1)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void theCutOffHourIsTheRuleGiven() {
        var seventeen = java.time.LocalTime.of(17, 0);
        assertThat(DossierRules.appointment(LocalDateTime.parse("2026-03-05T16:00"), seventeen, 3, WORKING))
                .isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(DossierRules.appointment(LocalDateTime.parse("2026-03-05T16:00"), FIFTEEN, 3, WORKING))
                .isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void aDossierReceivedOnADayOffCountsFromTheNextWorkingDay() {
        // Saturday morning counts from Monday 9 March
        assertThat(DossierRules.countedFrom(LocalDateTime.parse("2026-03-07T09:00"), FIFTEEN, WORKING))
                .isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(due("2026-03-07T09:00", 1)).isEqualTo(LocalDate.of(2026, 3, 10));
        // received during Tết (Wednesday 18 February): counts from Monday 23
        assertThat(due("2026-02-18T09:00", 1)).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void tetIsSkippedInsideThePeriod() {
        // Friday 13 February + 3 working days: the Tết week is skipped, Monday 23 to Wednesday 25
        assertThat(due("2026-02-13T10:00", 3)).isEqualTo(LocalDate.of(2026, 2, 25));
        // the same three days a month later end on the Wednesday after the weekend only
        assertThat(due("2026-03-13T10:00", 3)).isEqualTo(LocalDate.of(2026, 3, 18));
    }

    @Test
    void theFullTimeLimitRestartsFromTheDayTheDossierIsComplete() {
        LocalDate first = due("2026-03-02T09:00", 5);
        assertThat(first).isEqualTo(LocalDate.of(2026, 3, 9));
        // more documents requested, complete on Thursday 5 March at 14:00: five working days again from then
        assertThat(due("2026-03-05T14:00", 5)).isEqualTo(LocalDate.of(2026, 3, 12));
        // complete at or after 15:00 counts from Friday
        assertThat(due("2026-03-05T15:15", 5)).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void aTimeLimitIsAtLeastOneWorkingDay() {
        assertThatThrownBy(() -> due("2026-03-05T10:00", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void returnedOnOrBeforeTheAppointmentDateIsOnTime() {
        LocalDate due = LocalDate.of(2026, 3, 10);
        assertThat(DossierRules.onTime(LocalDate.of(2026, 3, 9), due)).isTrue();
        assertThat(DossierRules.onTime(due, due)).isTrue();
        assertThat(DossierRules.onTime(LocalDate.of(2026, 3, 11), due)).isFalse();
    }

    @Test
    void anOpenDossierIsLateTheDayAfterItsAppointmentDate() {
        LocalDate due = LocalDate.of(2026, 3, 10);
        assertThat(DossierRules.late(DossierState.IN_PROGRESS, due, due)).isFalse();
        assertThat(DossierRules.late(DossierState.IN_PROGRESS, due, due.plusDays(1))).isTrue();
        assertThat(DossierRules.late(DossierState.RECEIVED, due, due.plusDays(1))).isTrue();
        // waiting for the applicant's documents is not the unit's delay: the time limit restarts when complete
        assertThat(DossierRules.late(DossierState.SUPPLEMENT_REQUESTED, due, due.plusDays(1))).isFalse();
        assertThat(DossierRules.late(DossierState.RETURNED, due, due.plusDays(1))).isFalse();
        assertThat(DossierRules.late(DossierState.REFUSED, due, due.plusDays(1))).isFalse();
    }

    @Test
    void anApologySlipIsDueFromOneWorkingDayBeforeTheAppointmentDate() {
        LocalDate thursday = LocalDate.of(2026, 3, 5);
        // due Friday: the next working day after Thursday
        assertThat(DossierRules.apologyDue(DossierState.IN_PROGRESS, LocalDate.of(2026, 3, 6), thursday, 1, WORKING))
                .isTrue();
        // due Monday: not yet on Thursday, but on Friday (Monday is the next working day after Friday)
        assertThat(DossierRules.apologyDue(DossierState.IN_PROGRESS, LocalDate.of(2026, 3, 9), thursday, 1, WORKING))
                .isFalse();
        assertThat(DossierRules.apologyDue(DossierState.IN_PROGRESS, LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 3, 6), 1, WORKING)).isTrue();
        // already late: still due
        assertThat(DossierRules.apologyDue(DossierState.RECEIVED, LocalDate.of(2026, 3, 2), thursday, 1, WORKING))
                .isTrue();
        // before Tết: due on Monday 23 February, the next working day after Friday 13
        assertThat(DossierRules.apologyDue(DossierState.IN_PROGRESS, LocalDate.of(2026, 2, 23),
                LocalDate.of(2026, 2, 13), 1, WORKING)).isTrue();
        // a result ready, returned, refused or waiting for documents needs none
        for (DossierState s : new DossierState[] {DossierState.RESULT_READY, DossierState.RETURNED,
            DossierState.REFUSED, DossierState.SUPPLEMENT_REQUESTED}) {
            assertThat(DossierRules.apologyDue(s, LocalDate.of(2026, 3, 6), thursday, 1, WORKING)).isFalse();
        }
    }

    @Test
    void aLongerLeadInTheRuleMakesTheSlipDueEarlier() {
        LocalDate thursday = LocalDate.of(2026, 3, 5);
        // due Monday 9: two working days after Thursday (Friday, Monday)
        assertThat(DossierRules.apologyDue(DossierState.IN_PROGRESS, LocalDate.of(2026, 3, 9), thursday, 2, WORKING))
                .isTrue();
        assertThat(DossierRules.apologyDue(DossierState.IN_PROGRESS, LocalDate.of(2026, 3, 10), thursday, 2, WORKING))
                .isFalse();
    }

    @Test
    void codesAreCrockfordBase32AndReadAsTyped() {
        String code = new DossierCodes().next();
        assertThat(code).matches("HS-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(DossierCodes.normalise(" hs 7k3m9 qxd2f ")).isEqualTo("HS-7K3M9-QXD2F");
        assertThat(DossierCodes.normalise("HS-7K3MO-QXDIF")).isEqualTo("HS-7K3M0-QXD1F");
    }
}
