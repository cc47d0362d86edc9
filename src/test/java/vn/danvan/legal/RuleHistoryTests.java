package vn.danvan.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The value in force on a day, and where each recorded value stands, day by day. */
class RuleHistoryTests {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2025-06-01T08:00:00+07:00");

    private static RuleValue value(long id, String value, String from) {
        return new RuleValue(id, LegalRule.DOSSIER_NEXT_DAY_FROM, value, "Nguồn " + id, LocalDate.parse(from), "admin",
                AT);
    }

    // 15:00 from 1 July 2025, 16:00 from 1 January 2027 (a future decree recorded ahead of time)
    private final RuleValue first = value(1, "15:00", "2025-07-01");
    private final RuleValue later = value(2, "16:00", "2027-01-01");
    private final RuleHistory history = new RuleHistory(List.of(later, first));

    @Test
    void theValueInForceIsTheLatestWhoseDateIsNotAfterTheDay() {
        assertThat(history.inForce(LocalDate.of(2025, 7, 1))).contains(first);
        assertThat(history.inForce(LocalDate.of(2026, 12, 31))).contains(first);
        assertThat(history.inForce(LocalDate.of(2027, 1, 1))).contains(later);
        assertThat(history.inForce(LocalDate.of(2030, 5, 5))).contains(later);
    }

    @Test
    void beforeTheFirstDateTheFirstValueApplies() {
        assertThat(history.inForce(LocalDate.of(2018, 3, 1))).contains(first);
    }

    @Test
    void aRecordWithTheSameDateCorrectsTheEarlierOne() {
        RuleValue correction = value(3, "15:30", "2027-01-01");
        RuleHistory corrected = new RuleHistory(List.of(first, correction, later));
        assertThat(corrected.inForce(LocalDate.of(2027, 6, 1))).contains(correction);
        assertThat(corrected.inForce(LocalDate.of(2026, 6, 1))).contains(first);
        var entries = corrected.entries(LocalDate.of(2027, 6, 1));
        assertThat(entries).extracting(e -> e.value().id()).containsExactly(3L, 2L, 1L);
        assertThat(entries).extracting(RuleHistory.Entry::status).containsExactly(RuleHistory.Status.IN_FORCE,
                RuleHistory.Status.CORRECTED, RuleHistory.Status.ENDED);
        assertThat(entries.get(1).until()).isNull();
        assertThat(entries.get(2).until()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void theHistoryShowsAFutureValueAsUpcomingAndTheCurrentOneWithoutAnEndUntilItComes() {
        var entries = history.entries(LocalDate.of(2026, 3, 15));
        assertThat(entries).extracting(e -> e.value().value()).containsExactly("16:00", "15:00");
        assertThat(entries).extracting(RuleHistory.Entry::status).containsExactly(RuleHistory.Status.FUTURE,
                RuleHistory.Status.IN_FORCE);
        // the current value is known to end the day before the future one starts
        assertThat(entries.get(1).until()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(entries.get(0).until()).isNull();

        assertThat(history.entries(LocalDate.of(2027, 1, 1))).extracting(RuleHistory.Entry::status)
                .containsExactly(RuleHistory.Status.IN_FORCE, RuleHistory.Status.ENDED);
    }

    @Test
    void aRuleWithNoValueHasNoneInForce() {
        assertThat(new RuleHistory(List.of()).inForce(LocalDate.of(2026, 1, 1))).isEmpty();
    }
}
