package vn.danvan.shared.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class IndicatorReaderTests {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    /** A provider of one count per unit (the unit's id times ten), that remembers how it was asked. */
    static class Counting implements IndicatorProvider {
        final String code;
        final List<Collection<Long>> calls = new ArrayList<>();

        Counting(String code) {
            this.code = code;
        }

        @Override
        public List<IndicatorDefinition> definitions() {
            return List.of(new IndicatorDefinition(code, code + ".label", IndicatorKind.COUNT, "1b"));
        }

        @Override
        public Map<Long, List<IndicatorValue>> values(Collection<Long> unitIds, LocalDate from, LocalDate to) {
            calls.add(List.copyOf(unitIds));
            Map<Long, List<IndicatorValue>> values = new LinkedHashMap<>();
            unitIds.forEach(u -> values.put(u, List.of(new IndicatorValue(code, BigDecimal.valueOf(u * 10), "/x"))));
            return values;
        }
    }

    static class Failing extends Counting {
        Failing() {
            super("broken.figure");
        }

        @Override
        public Map<Long, List<IndicatorValue>> values(Collection<Long> unitIds, LocalDate from, LocalDate to) {
            calls.add(List.copyOf(unitIds));
            throw new IllegalStateException("table missing");
        }
    }

    @Test
    void asksEachProviderOnceForAllTheUnits() {
        Counting a = new Counting("a.count");
        Counting b = new Counting("b.count");
        var values = new IndicatorReader(List.of(a, b)).values(List.of(1L, 2L, 3L), FROM, TO);

        assertThat(a.calls).containsExactly(List.of(1L, 2L, 3L));
        assertThat(b.calls).containsExactly(List.of(1L, 2L, 3L));
        assertThat(values).containsOnlyKeys(1L, 2L, 3L);
        assertThat(values.get(2L).get("a.count").value()).isEqualByComparingTo("20");
        assertThat(values.get(3L).get("b.count").value()).isEqualByComparingTo("30");
    }

    @Test
    void aFailingProvidersFiguresAreMissingAndTheOthersAreRead() {
        Counting a = new Counting("a.count");
        Failing broken = new Failing();
        Counting b = new Counting("b.count");
        var values = new IndicatorReader(List.of(a, broken, b)).values(List.of(1L, 2L), FROM, TO);

        assertThat(broken.calls).hasSize(1);
        assertThat(values.get(1L)).containsOnlyKeys("a.count", "b.count");
        assertThat(values.get(2L)).containsOnlyKeys("a.count", "b.count");
        // one unit alone, as reporting asks
        assertThat(new IndicatorReader(List.of(broken, b)).values(7L, FROM, TO, d -> true)).containsOnlyKeys("b.count");
    }

    @Test
    void aProviderWithNoWantedIndicatorIsNotAskedAndUnwantedFiguresAreLeftOut() {
        Counting a = new Counting("a.count");
        Counting b = new Counting("b.count");
        var values = new IndicatorReader(List.of(a, b)).values(List.of(1L), FROM, TO, d -> d.code().startsWith("b."));

        assertThat(a.calls).isEmpty();
        assertThat(values.get(1L)).containsOnlyKeys("b.count");
    }

    @Test
    void noUnitsNoCall() {
        Counting a = new Counting("a.count");
        assertThat(new IndicatorReader(List.of(a)).values(List.of(), FROM, TO)).isEmpty();
        assertThat(a.calls).isEmpty();
    }

    @Test
    void definitionsInProviderOrderFirstOneWins() {
        Counting a = new Counting("a.count");
        Counting again = new Counting("a.count");
        Counting b = new Counting("b.count");
        assertThat(new IndicatorReader(List.of(a, again, b)).definitions()).containsOnlyKeys("a.count", "b.count");
        assertThat(new IndicatorReader(List.of(b, a)).definitions().keySet()).containsExactly("b.count", "a.count");
    }
}
