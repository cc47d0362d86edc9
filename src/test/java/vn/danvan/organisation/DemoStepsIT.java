package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.DanVanIntegrationTest;

/** The demo steps of the application as it starts: one per stage, in order, and loading twice adds nothing. */
@DanVanIntegrationTest
class DemoStepsIT {

    /** A table of each step's data, counted. */
    private static final List<String> TABLES = List.of("unit", "person", "account", "audit_entry", "guiding_document",
            "reporting_template", "consultation_area", "consultation", "consultation_code", "dialogue_conference",
            "dossier_procedure", "dossier", "friendly_assessment", "friendly_survey_answer", "inspection_plan",
            "inspection", "inspection_violation", "model_entry", "supervision_request", "news", "commendation_round");

    @Autowired
    DemoLoader loader;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyModuleHasOneStepAndTheyRunInStageOrder() {
        assertThat(loader.steps()).extracting(DemoStep::stage).containsExactly(DemoStage.values());
        assertThat(loader.steps()).allSatisfy(step -> assertThat(step.loaded()).as(step.stage().name()).isTrue());
    }

    @Test
    void runningTheDemoAgainAddsNothing() {
        Map<String, Long> before = counts();

        loader.run(new DefaultApplicationArguments());

        assertThat(counts()).isEqualTo(before);
        assertThat(before).allSatisfy((table, count) -> assertThat(count).as(table).isPositive());
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
