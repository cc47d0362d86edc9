package vn.danvan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.StatementCount;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.indicator.IndicatorProvider;
import vn.danvan.shared.indicator.IndicatorReader;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * Every provider answers for many units in one call what it answers for each unit alone, on the
 * demo data, and with a number of statements that does not grow with the units.
 */
@DanVanIntegrationTest
class IndicatorBatchIT {

    private final List<IndicatorProvider> providers;
    private final IndicatorReader reader;
    private final OrganisationService organisation;
    private final DataSource dataSource;
    private final MockMvc mvc;
    private final ApplicationContext context;

    @Autowired
    IndicatorBatchIT(List<IndicatorProvider> providers, IndicatorReader reader, OrganisationService organisation,
            DataSource dataSource, MockMvc mvc, ApplicationContext context) {
        this.providers = providers;
        this.reader = reader;
        this.organisation = organisation;
        this.dataSource = dataSource;
        this.mvc = mvc;
        this.context = context;
    }

    private List<Long> allUnits() {
        return organisation.tree().stream().map(UnitView::id).toList();
    }

    @Test
    void everyProvidersBatchAnswerEqualsItsAnswersUnitByUnit() {
        LocalDate today = LocalDate.now(DanVanTime.ZONE);
        List<Long> units = allUnits();
        assertThat(units).hasSizeGreaterThan(10);
        assertThat(providers).hasSize(12);
        long nonEmpty = 0;
        for (LocalDate[] period : List.of(new LocalDate[] {LocalDate.of(today.getYear(), 1, 1), today},
                new LocalDate[] {LocalDate.of(2015, 1, 1), today.plusYears(1)},
                new LocalDate[] {LocalDate.of(today.getYear() - 1, 1, 1), LocalDate.of(today.getYear() - 1, 12, 31)})) {
            for (IndicatorProvider provider : providers) {
                Map<Long, List<IndicatorValue>> batch = provider.values(units, period[0], period[1]);
                assertThat(batch.keySet()).as(provider.getClass().getSimpleName()).containsExactlyInAnyOrderElementsOf(units);
                for (long unit : units) {
                    List<IndicatorValue> alone = provider.values(Set.of(unit), period[0], period[1]).get(unit);
                    assertThat(batch.get(unit)).as("%s, unit %d, %s..%s", provider.getClass().getSimpleName(), unit,
                            period[0], period[1]).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(alone);
                    nonEmpty += alone.stream().filter(v -> v.value() != null && v.value().signum() != 0).count();
                }
            }
        }
        // the demo data gives figures: the comparison is not of zeros only
        assertThat(nonEmpty).isGreaterThan(50);
    }

    @Test
    void askingForThirtyUnitsTakesAsManyStatementsAsAskingForOne() throws Exception {
        LocalDate today = LocalDate.now(DanVanTime.ZONE);
        LocalDate from = LocalDate.of(today.getYear(), 1, 1);
        List<Long> units = allUnits();
        List<Long> thirty = units.subList(0, Math.min(30, units.size()));
        assertThat(thirty).hasSizeGreaterThan(20);
        for (IndicatorProvider provider : providers) {
            // warm what is cached per year, not per unit (the working-day calendar of the weeks)
            provider.values(thirty, from, today);
            int one = StatementCount.of(dataSource, () -> provider.values(thirty.subList(0, 1), from, today));
            int many = StatementCount.of(dataSource, () -> provider.values(thirty, from, today));
            assertThat(many).as(provider.getClass().getSimpleName()).isEqualTo(one).isPositive();
        }
        int one = StatementCount.of(dataSource, () -> reader.values(thirty.subList(0, 1), from, today));
        assertThat(one).isEqualTo(providers.stream().mapToInt(p -> {
            try {
                return StatementCount.of(dataSource, () -> p.values(thirty.subList(0, 1), from, today));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }).sum());
        int many = StatementCount.of(dataSource, () -> reader.values(thirty, from, today));
        assertThat(many).isEqualTo(one);
    }

    @Test
    void theDashboardOfAllUnitsTakesABoundedNumberOfStatements() throws Exception {
        var homeAffairs = SignedIn.as(context, "noivu");
        int statements = StatementCount.of(dataSource, () -> {
            try {
                mvc.perform(get("/dashboard").with(homeAffairs)).andExpect(status().isOk());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.println("Dashboard of all units (noivu): " + statements + " SQL statements for "
                + organisation.activeUnits().size() + " active units");
        assertThat(statements).isLessThan(100);
    }
}
