package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The demo set is chosen by name at start-up; a name that is not a set stops start-up and says which there are. */
class DemoDatasetTests {

    private final ApplicationContextRunner startUp = new ApplicationContextRunner().withBean(DemoSettings.class);

    @Test
    void anUnknownDataSetStopsStartUpWithAMessageNamingTheSets() {
        startUp.withPropertyValues("danvan.demo=true", "danvan.demo-dataset=ha-noi-2030").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Unknown demo data set \"ha-noi-2030\"")
                    .hasMessageContaining("DANVAN_DEMO_DATASET")
                    .hasMessageContaining("phu-giao-2018, two-tier-2025")
                    .hasMessageContaining("Không có bộ dữ liệu mẫu \"ha-noi-2030\"");
        });
    }

    @Test
    void anUnknownDataSetStopsStartUpEvenWithoutDemoData() {
        startUp.withPropertyValues("danvan.demo=false", "danvan.demo-dataset=two-tier-2026")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void theSetsAreChosenByTheirNamesAndPhuGiao2018IsTheDefault() {
        startUp.withPropertyValues("danvan.demo=true", "danvan.demo-dataset=two-tier-2025").run(context ->
                assertThat(context.getBean(DemoSettings.class).dataset()).isEqualTo(DemoDataset.TWO_TIER_2025));
        startUp.withPropertyValues("danvan.demo-dataset= Two-Tier-2025 ").run(context ->
                assertThat(context.getBean(DemoSettings.class).dataset()).isEqualTo(DemoDataset.TWO_TIER_2025));
        startUp.run(context ->
                assertThat(context.getBean(DemoSettings.class).dataset()).isEqualTo(DemoDataset.PHU_GIAO_2018));
        startUp.withPropertyValues("danvan.demo-dataset=").run(context ->
                assertThat(context.getBean(DemoSettings.class).dataset()).isEqualTo(DemoDataset.PHU_GIAO_2018));
    }

    @Test
    void everySetHasAUnitForEveryPartAndNoTwoSetsShareACommitteeCode() {
        for (DemoDataset dataset : DemoDataset.values()) {
            for (DemoPart part : DemoPart.values()) {
                assertThat(DemoOrganisation.code(dataset, part)).as("%s %s", dataset, part).isNotBlank();
            }
        }
        assertThat(DemoOrganisation.code(DemoDataset.PHU_GIAO_2018, DemoPart.COMMITTEE))
                .isNotEqualTo(DemoOrganisation.code(DemoDataset.TWO_TIER_2025, DemoPart.COMMITTEE));
    }
}
