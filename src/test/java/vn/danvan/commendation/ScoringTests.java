package vn.danvan.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.indicator.IndicatorValue;

class ScoringTests {

    private static Scoring.Candidate unit(long id, String name, Object... codeValues) {
        Map<String, IndicatorValue> values = new LinkedHashMap<>();
        for (int i = 0; i < codeValues.length; i += 2) {
            Object v = codeValues[i + 1];
            values.put((String) codeValues[i], new IndicatorValue((String) codeValues[i],
                    v == null ? null : new BigDecimal(v.toString()), "/records/" + codeValues[i]));
        }
        return new Scoring.Candidate(id, name, values);
    }

    private static Weight weight(String code, int w, Normalisation n) {
        return new Weight(code, BigDecimal.valueOf(w), n, null);
    }

    @Test
    void percentYesNoAndRatingNormalise() {
        assertThat(Normalisation.PERCENT.normalise(new BigDecimal("75"), null, null)).isEqualByComparingTo("0.75");
        assertThat(Normalisation.YES_NO.normalise(BigDecimal.ONE, null, null)).isEqualByComparingTo("1");
        assertThat(Normalisation.YES_NO.normalise(BigDecimal.ZERO, null, null)).isEqualByComparingTo("0");
        assertThat(Normalisation.RATING.normalise(new BigDecimal("4"), null, null)).isEqualByComparingTo("0.8");
        assertThat(Normalisation.PERCENT.normalise(null, null, null)).isNull();
    }

    @Test
    void countsAreDividedByTheHighestOrCapped() {
        assertThat(Normalisation.COUNT_MAX.normalise(new BigDecimal("3"), new BigDecimal("12"), null))
                .isEqualByComparingTo("0.25");
        assertThat(Normalisation.COUNT_MAX.normalise(BigDecimal.ZERO, BigDecimal.ZERO, null)).isEqualByComparingTo("0");
        assertThat(Normalisation.COUNT_CAP.normalise(new BigDecimal("7"), null, new BigDecimal("5")))
                .isEqualByComparingTo("1");
        assertThat(Normalisation.COUNT_CAP.normalise(new BigDecimal("2"), null, new BigDecimal("5")))
                .isEqualByComparingTo("0.4");
        assertThat(Normalisation.of(IndicatorKind.COUNT)).isEqualTo(Normalisation.COUNT_MAX);
        assertThat(Normalisation.of(IndicatorKind.YES_NO)).isEqualTo(Normalisation.YES_NO);
    }

    @Test
    void maxBasedCountsNegativeWeightsAndNullsMakeTheTotal() {
        List<Weight> weights = List.of(weight("held", 10, Normalisation.COUNT_MAX),
                weight("overdue", -5, Normalisation.COUNT_MAX), weight("rate", 10, Normalisation.PERCENT),
                weight("ignored", 0, Normalisation.PERCENT));
        List<UnitScore> ranked = Scoring.rank(List.of(
                unit(1, "A", "held", 4, "overdue", 2, "rate", 50, "ignored", 100),
                unit(2, "B", "held", 2, "overdue", 0, "rate", null)), weights);
        UnitScore a = ranked.stream().filter(s -> s.unitId() == 1).findFirst().orElseThrow();
        UnitScore b = ranked.stream().filter(s -> s.unitId() == 2).findFirst().orElseThrow();
        // A: 10 * 4/4 - 5 * 2/2 + 10 * 0.5 = 10
        assertThat(a.total()).isEqualByComparingTo("10");
        // B: 10 * 2/4 - 0 + nothing for the null rate = 5
        assertThat(b.total()).isEqualByComparingTo("5");
        assertThat(a.rank()).isEqualTo(1);
        assertThat(b.rank()).isEqualTo(2);
        ScorePart overdue = a.parts().stream().filter(p -> p.code().equals("overdue")).findFirst().orElseThrow();
        assertThat(overdue.points()).isEqualByComparingTo("-5");
        assertThat(overdue.link()).isEqualTo("/records/overdue");
        ScorePart rate = b.parts().stream().filter(p -> p.code().equals("rate")).findFirst().orElseThrow();
        assertThat(rate.raw()).isNull();
        assertThat(rate.points()).isNull();
        assertThat(a.parts()).extracting(ScorePart::code).doesNotContain("ignored");
    }

    @Test
    void equalTotalsShareARank() {
        List<UnitScore> ranked = Scoring.rank(List.of(unit(1, "B", "x", 1), unit(2, "A", "x", 1), unit(3, "C", "x", 0)),
                List.of(weight("x", 10, Normalisation.YES_NO)));
        assertThat(ranked).extracting(UnitScore::unitName).containsExactly("A", "B", "C");
        assertThat(ranked).extracting(UnitScore::rank).containsExactly(1, 1, 3);
    }

    @Test
    void theYearRunsToTodayOrToItsEnd() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertThat(Commendations.span(2026, today)[1]).isEqualTo(today);
        assertThat(Commendations.span(2025, today)[1]).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Commendations.span(2025, today)[0]).isEqualTo(LocalDate.of(2025, 1, 1));
    }
}
