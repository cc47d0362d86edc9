package vn.danvan.organisation;

import vn.danvan.organisation.units.UnitRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class DemoLoaderTests {

    private final List<String> ran = new ArrayList<>();

    @Test
    void stepsRunInTheOrderOfTheirStagesWhateverTheOrderTheyCome() {
        List<DemoStep> steps = List.of(step(DemoStage.COMMENDATION, false), step(DemoStage.NEWS, false),
                step(DemoStage.ORGANISATION, false), step(DemoStage.PLANNING, false));

        assertThat(DemoLoader.inOrder(steps)).extracting(DemoStep::stage).containsExactly(DemoStage.ORGANISATION,
                DemoStage.PLANNING, DemoStage.NEWS, DemoStage.COMMENDATION);
    }

    @Test
    void twoStepsOfOneStageAreRefused() {
        List<DemoStep> steps = List.of(step(DemoStage.MODEL, false), step(DemoStage.MODEL, false));

        assertThatThrownBy(() -> DemoLoader.inOrder(steps)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MODEL");
    }

    @Test
    void aStepAlreadyLoadedIsSkippedAndTheOthersRunInOrder() {
        DemoLoader loader = loader(true, step(DemoStage.NEWS, false), step(DemoStage.DOSSIER, true),
                step(DemoStage.ORGANISATION, false));

        loader.load(DemoDataset.TWO_TIER_2025);

        assertThat(ran).containsExactly("ORGANISATION two-tier-2025", "NEWS two-tier-2025");
    }

    @Test
    void aFailingStepStopsTheStartNamingTheStep() {
        DemoStep failing = new Step(DemoStage.SUPERVISION, false) {
            @Override
            public void load(DemoDataset set) {
                throw new IllegalArgumentException("no recipient");
            }
        };
        DemoLoader loader = loader(true, step(DemoStage.ORGANISATION, false), failing, step(DemoStage.NEWS, false));

        assertThatThrownBy(() -> loader.load(DemoDataset.PHU_GIAO_2018)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SUPERVISION").hasRootCauseMessage("no recipient");
        assertThat(ran).containsExactly("ORGANISATION phu-giao-2018");
    }

    @Test
    void noModuleStepRunsIntoAnOrganisationThatIsNotTheDemoSet() {
        DemoLoader loader = loader(false, step(DemoStage.ORGANISATION, true), step(DemoStage.PLANNING, false));

        loader.load(DemoDataset.PHU_GIAO_2018);

        assertThat(ran).isEmpty();
    }

    @Test
    void demoAccountsActOnlyWhileTheDemoLoads() {
        DemoActors actors = new DemoActors(null, null);

        assertThatThrownBy(() -> actors.as("noivu", () -> ran.add("signed in")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ran).isEmpty();
    }

    private DemoLoader loader(boolean demoOrganisationPresent, DemoStep... steps) {
        UnitRepository units = mock(UnitRepository.class);
        when(units.findByCode(anyString())).thenReturn(demoOrganisationPresent
                ? Optional.of(mock(UnitView.class)) : Optional.empty());
        return new DemoLoader(new DemoSettings(true, ""), List.of(steps), units,
                new TransactionTemplate(mock(PlatformTransactionManager.class)));
    }

    private DemoStep step(DemoStage stage, boolean loaded) {
        return new Step(stage, loaded);
    }

    private class Step implements DemoStep {

        private final DemoStage stage;
        private final boolean loaded;

        Step(DemoStage stage, boolean loaded) {
            this.stage = stage;
            this.loaded = loaded;
        }

        @Override
        public DemoStage stage() {
            return stage;
        }

        @Override
        public boolean loaded() {
            return loaded;
        }

        @Override
        public void load(DemoDataset set) {
            ran.add(stage + " " + set.key());
        }
    }
}
