package vn.danvan.petition.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Rates and averages of the petition figures, and how totals add up. */
class PetitionFiguresRowTests {

    @Test
    void theOnTimeRateIsAPercentageWithOneDecimal() {
        var row = new PetitionFiguresRow(1L, "An Bình", 10, 8, 7, 20, 1);
        assertThat(row.onTimeRate()).isEqualByComparingTo(new BigDecimal("87.5"));
        assertThat(row.averageWorkingDaysToAnswer()).isEqualByComparingTo(new BigDecimal("2.5"));
    }

    @Test
    void ratesAreRoundedHalfUp() {
        var row = new PetitionFiguresRow(1L, "An Bình", 3, 3, 2, 4, 0);
        assertThat(row.onTimeRate()).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(row.averageWorkingDaysToAnswer()).isEqualByComparingTo(new BigDecimal("1.3"));
    }

    @Test
    void nothingAnsweredHasNoRateAndNoAverage() {
        var row = new PetitionFiguresRow(1L, "An Bình", 4, 0, 0, 0, 2);
        assertThat(row.onTimeRate()).isNull();
        assertThat(row.averageWorkingDaysToAnswer()).isNull();
    }

    @Test
    void theTotalAveragesOverAllAnsweredPetitions() {
        var total = PetitionFigures.total(List.of(new PetitionFiguresRow(1L, "A", 5, 2, 2, 2, 1),
                new PetitionFiguresRow(2L, "B", 3, 2, 1, 10, 0)));
        assertThat(total.received()).isEqualTo(8);
        assertThat(total.answered()).isEqualTo(4);
        assertThat(total.overdueNow()).isEqualTo(1);
        assertThat(total.onTimeRate()).isEqualByComparingTo(new BigDecimal("75.0"));
        assertThat(total.averageWorkingDaysToAnswer()).isEqualByComparingTo(new BigDecimal("3.0"));
    }
}
