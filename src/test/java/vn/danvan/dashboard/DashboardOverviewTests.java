package vn.danvan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The cards' figures of a branch, written the Vietnamese way, and the traffic lights' thresholds. */
class DashboardOverviewTests {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Two units: 80% and 95% of petitions on time, 3 of 4 reports submitted, one unit calling for attention. */
    private static Rollup branch(int units, int attention) {
        Map<String, Rollup.Figure> figures = new LinkedHashMap<>();
        figures.put(DashboardOverview.PETITIONS_ON_TIME, new Rollup.Figure(BigDecimal.valueOf(175), 2, 2, 0));
        figures.put(DashboardOverview.REPORT_SUBMITTED, new Rollup.Figure(BigDecimal.valueOf(3), 4, 3, 1));
        return new Rollup(units, figures, Map.of(Rollup.GLANCE, attention));
    }

    @Test
    void percentagesAreWrittenWithADecimalComma() {
        var f = DashboardOverview.Figures.of(1, "Xã A", branch(2, 1), 1);
        assertThat(f.petitionsText(VI)).isEqualTo("87,5%");
        assertThat(f.petitionsText(Locale.ENGLISH)).isEqualTo("87.5%");
        assertThat(f.dossiersText(VI)).isEqualTo("-");
        assertThat(f.reportsText()).isEqualTo("3/4");
        assertThat(f.reportsRateText(VI)).isEqualTo("75%");
        var none = DashboardOverview.Figures.of(1, "Xã B", Rollup.empty(), 0);
        assertThat(none.reportsText()).isEqualTo("-");
        assertThat(none.reportsRateText(VI)).isEqualTo("-");
    }

    @Test
    void aBranchIsRedFromAFifthOfItsUnitsCallingForAttention() {
        assertThat(TrafficLight.of(10, 2)).isEqualTo(TrafficLight.RED);
        assertThat(TrafficLight.of(10, 1)).isEqualTo(TrafficLight.AMBER);
        assertThat(TrafficLight.of(1, 1)).isEqualTo(TrafficLight.RED);
        assertThat(TrafficLight.of(10, 0, BigDecimal.valueOf(79.9))).isEqualTo(TrafficLight.AMBER);
        assertThat(TrafficLight.of(10, 0, BigDecimal.valueOf(80), null)).isEqualTo(TrafficLight.GREEN);
        assertThat(DashboardOverview.Figures.of(1, "Xã A", branch(2, 1), 1).light()).isEqualTo(TrafficLight.RED);
        assertThat(DashboardOverview.Figures.of(1, "Huyện", branch(20, 1), 1).light()).isEqualTo(TrafficLight.AMBER);
    }
}
