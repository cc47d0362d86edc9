package vn.danvan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.danvan.shared.web.Problem;

/** The time limits, the states and the kept-public period of a disclosure. */
class DisclosureRulesTests {

    private static final LocalDate BASIS = LocalDate.of(2026, 3, 2);
    private static final Set<DisclosureChannel> ALLOWED = EnumSet.of(DisclosureChannel.NOTICE_BOARD,
            DisclosureChannel.PORTAL);

    @Test
    void anItemIsDueItsDaysAfterItsBasisDay() {
        assertThat(DisclosureRules.dueDate(BASIS, 2)).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(DisclosureRules.dueDate(LocalDate.of(2026, 12, 31), 2)).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(DisclosureRules.dueDate(BASIS, 0)).isEqualTo(BASIS);
    }

    @Test
    void periodicItemsFallDueOnTheFirstDayOfTheYearOrOfEachQuarter() {
        assertThat(DisclosureRules.periodicBasisDays(Cadence.YEARLY, 2026)).containsExactly(LocalDate.of(2026, 1, 1));
        assertThat(DisclosureRules.periodicBasisDays(Cadence.QUARTERLY, 2026)).containsExactly(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1));
        assertThat(DisclosureRules.periodicBasisDays(Cadence.PER_EVENT, 2026)).isEmpty();
    }

    @Test
    void notPublicIsDueUntilItsDayThenOverdue() {
        LocalDate due = LocalDate.of(2026, 3, 4);
        assertThat(DisclosureRules.state(due, null, due)).isEqualTo(DisclosureState.DUE);
        assertThat(DisclosureRules.state(due, null, due.plusDays(1))).isEqualTo(DisclosureState.OVERDUE);
        assertThat(DisclosureState.OVERDUE.disclosed()).isFalse();
    }

    @Test
    void publicByItsDueDayIsOnTimeAfterItLate() {
        LocalDate due = LocalDate.of(2026, 3, 4);
        assertThat(DisclosureRules.state(due, due, due.plusDays(40))).isEqualTo(DisclosureState.ON_TIME);
        assertThat(DisclosureRules.state(due, due.plusDays(1), due.plusDays(40))).isEqualTo(DisclosureState.LATE);
        assertThat(DisclosureState.LATE.disclosed()).isTrue();
    }

    @Test
    void aPublicPeriodCountsBothEndsAndMustLastTheItemsDays() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        LocalDate from = LocalDate.of(2026, 3, 3);
        assertThat(DisclosureRules.daysPublic(from, from)).isEqualTo(1);
        assertThat(DisclosureRules.check(EnumSet.of(DisclosureChannel.NOTICE_BOARD), ALLOWED, BASIS, from,
                from.plusDays(29), 30, today)).isEmpty();
        List<Problem> tooShort = DisclosureRules.check(EnumSet.of(DisclosureChannel.NOTICE_BOARD), ALLOWED, BASIS,
                from, from.plusDays(28), 30, today);
        assertThat(tooShort).extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("publicTo", "disclosure.error.tooShort"));
        assertThat(tooShort.get(0).arguments()).containsExactly(30, "01/04/2026");
    }

    @Test
    void formsDatesAndOrderAreChecked() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        assertThat(DisclosureRules.check(EnumSet.noneOf(DisclosureChannel.class), ALLOWED, BASIS, BASIS,
                BASIS.plusDays(40), 30, today)).extracting(Problem::messageKey)
                .containsExactly("disclosure.error.channelsRequired");
        assertThat(DisclosureRules.check(EnumSet.of(DisclosureChannel.LOUDSPEAKER), ALLOWED, BASIS, BASIS,
                BASIS.plusDays(40), 30, today)).extracting(Problem::messageKey)
                .containsExactly("disclosure.error.channelNotAllowed");
        assertThat(DisclosureRules.check(ALLOWED, ALLOWED, BASIS, BASIS.minusDays(1), BASIS.plusDays(40), 30, today))
                .extracting(Problem::messageKey).containsExactly("disclosure.error.fromBeforeBasis");
        assertThat(DisclosureRules.check(ALLOWED, ALLOWED, BASIS, today.plusDays(1), today.plusDays(40), 30, today))
                .extracting(Problem::messageKey).containsExactly("disclosure.error.fromInFuture");
        assertThat(DisclosureRules.check(ALLOWED, ALLOWED, BASIS, today, today.minusDays(1), 30, today))
                .extracting(Problem::messageKey).containsExactly("disclosure.error.toBeforeFrom");
    }
}
