package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;


/**
 * The demo steps of the application as it starts (the fresh demo database: other tests change the shared
 * one's demo records): one per stage, in order, and loading twice adds nothing.
 */
@FreshPhuGiaoDemo
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
    @Autowired
    OrganisationService organisation;

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

    /**
     * Where a demo unit has an account, its demo records go through the module's services as that account,
     * and so leave the audit entries real work leaves; communes without accounts are written directly.
     */
    @Test
    void theFirstCommunesDemoRecordsAreMadeThroughTheServices() {
        assertThat(demoRowsAuditedBy("consultation_area", "consultation_area", "anbinh.canbo")).isEqualTo(
                jdbc.sql("select count(*) from consultation_area where demo = true and unit_id = :u")
                        .param("u", firstCommune()).query(Long.class).single()).isPositive();
        assertThat(demoRowsAuditedBy("friendly_assessment", "friendly_assessment", "anbinh.truong")).isEqualTo(1);
        assertThat(demoRowsAuditedBy("model_entry", "model", "anbinh.canbo")).isEqualTo(2);
        assertThat(demoRowsAuditedBy("model_entry", "model", "noivu")).isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from model_entry e where e.demo = true and e.unit_id = :u and e.status = 'RECOGNISED'
                   and e.total_score = (select sum(s.points) from model_score s where s.entry_id = e.id)""")
                .param("u", firstCommune()).query(Long.class).single()).isEqualTo(2);
    }

    private long firstCommune() {
        return organisation.demoUnit(DemoPart.FIRST_COMMUNE).orElseThrow().id();
    }

    /** The first commune's demo rows of the table with an audit entry of the entity type by the actor. */
    private long demoRowsAuditedBy(String table, String entityType, String actor) {
        return jdbc.sql("""
                select count(*) from %s r where r.demo = true and r.unit_id = :unit and exists (select 1
                    from audit_entry a where a.entity_type = :type and a.entity_id = cast(r.id as varchar(60))
                    and a.actor = :actor)""".formatted(table)).param("unit", firstCommune()).param("type", entityType)
                .param("actor", actor).query(Long.class).single();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
