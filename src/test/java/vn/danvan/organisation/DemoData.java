package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the demo loaders of every module left in the database, read back: each module's demo rows and the
 * units they belong to, and every text a person sees of them. Rows are those marked demo; where a table
 * has no such mark (the commendation round, the report template, the guiding documents) the demo's rows
 * are the first of the table, as the demo loads on start-up before anyone writes.
 */
final class DemoData {

    static final List<String> ACCOUNTS = List.of("admin", "noivu", "chutich", "anbinh.truong", "anbinh.canbo",
            "tnmt.truong", "mttq", "vhtt");

    /** A module's demo rows, counted, and the parts the units they belong to play (empty: not a unit's). */
    record ModuleDemo(String module, String countSql, String unitsSql, Set<DemoPart> parts) {
    }

    static final List<ModuleDemo> MODULES = List.of(
            new ModuleDemo("planning", "select count(*) from guiding_document", null, Set.of()),
            new ModuleDemo("reporting", "select count(*) from reporting_template", null, Set.of()),
            new ModuleDemo("commendation", "select count(*) from commendation_round", null, Set.of()),
            new ModuleDemo("consultation", "select count(*) from consultation where demo = true",
                    "select distinct unit_id from consultation_area where demo = true",
                    EnumSet.of(DemoPart.FIRST_COMMUNE, DemoPart.SECOND_COMMUNE, DemoPart.THIRD_COMMUNE)),
            new ModuleDemo("dialogue", "select count(*) from dialogue_conference where demo = true",
                    "select distinct host_unit_id from dialogue_conference where demo = true",
                    EnumSet.of(DemoPart.FIRST_COMMUNE)),
            new ModuleDemo("dossier", "select count(*) from dossier where demo = true",
                    "select distinct unit_id from dossier_procedure where demo = true",
                    EnumSet.of(DemoPart.FIRST_COMMUNE, DemoPart.WORKS_OFFICE)),
            new ModuleDemo("friendly", "select count(*) from friendly_assessment where demo = true",
                    "select distinct unit_id from friendly_survey_answer where demo = true",
                    EnumSet.of(DemoPart.FIRST_COMMUNE, DemoPart.SECOND_COMMUNE, DemoPart.THIRD_COMMUNE)),
            new ModuleDemo("inspection", "select count(*) from inspection_violation where demo = true", """
                    select distinct pu.unit_id from inspection_plan_unit pu join inspection_plan p on p.id = pu.plan_id
                    where p.demo = true""",
                    EnumSet.of(DemoPart.FIRST_COMMUNE, DemoPart.SECOND_COMMUNE, DemoPart.ENVIRONMENT_OFFICE)),
            new ModuleDemo("model", "select count(*) from model_entry where demo = true",
                    "select distinct unit_id from model_entry where demo = true",
                    EnumSet.of(DemoPart.FIRST_COMMUNE, DemoPart.SECOND_COMMUNE, DemoPart.THIRD_COMMUNE)),
            new ModuleDemo("news", "select count(*) from news where demo = true",
                    "select distinct author_unit_id from news where demo = true", EnumSet.of(DemoPart.INFORMATION_OFFICE)),
            new ModuleDemo("supervision", "select count(*) from supervision_request where demo = true", """
                    select front_unit_id from supervision_request where demo = true
                    union select rc.unit_id from supervision_recipient rc
                        join supervision_request r on r.id = rc.request_id where r.demo = true""",
                    EnumSet.of(DemoPart.FRONT, DemoPart.FIRST_COMMUNE, DemoPart.ENVIRONMENT_OFFICE)),
            new ModuleDemo("disclosure", "select count(*) from disclosure where demo = true",
                    "select distinct unit_id from disclosure where demo = true",
                    EnumSet.of(DemoPart.FIRST_COMMUNE, DemoPart.SECOND_COMMUNE)),
            new ModuleDemo("distribution", "select count(*) from distribution where demo = true", """
                    select sender_unit_id from distribution where demo = true
                    union select rc.unit_id from distribution_recipient rc
                        join distribution d on d.id = rc.distribution_id where d.demo = true""",
                    EnumSet.of(DemoPart.COMMITTEE, DemoPart.FIRST_COMMUNE, DemoPart.SECOND_COMMUNE,
                            DemoPart.THIRD_COMMUNE, DemoPart.ENVIRONMENT_OFFICE)));

    /** Every text column of the demo rows of every module. */
    private static final List<String> TEXTS = List.of(
            "select collective_titles, individual_titles from commendation_round"
                    + " where id = (select min(id) from commendation_round)",
            "select name from reporting_template where id = (select min(id) from reporting_template)",
            "select number_symbol, issuer, summary from guiding_document order by id limit 4",
            "select name from consultation_area where demo = true",
            "select title, description, decision_text from consultation where demo = true",
            "select c.body from consultation_comment c join consultation k on k.id = c.consultation_id where k.demo = true",
            """
            select f.finding, f.recommendation, f.signed_by from consultation_finding f
            join consultation k on k.id = f.consultation_id where k.demo = true""",
            "select chair_name, place, topic from dialogue_conference where demo = true",
            "select name, field from dossier_procedure where demo = true",
            "select applicant_address, received_by_name from dossier where demo = true",
            "select s.evidence from friendly_score s join friendly_assessment a on a.id = s.assessment_id where a.demo = true",
            "select comment from friendly_survey_answer where demo = true",
            "select scope from inspection_plan where demo = true",
            "select findings, conclusion from inspection where demo = true",
            "select c.note from inspection_check c join inspection i on i.id = c.inspection_id where i.demo = true",
            """
            select v.rule_broken, v.evidence, p.full_name, p.title from inspection_violation v
            join person p on p.id = v.official_person_id where v.demo = true""",
            "select name, description, results, people_involved, position_role, area from model_entry where demo = true",
            "select outcome from model_replication where demo = true",
            "select title, summary, body from news where demo = true",
            "select title, content, document_number from supervision_request where demo = true",
            "select title, summary from disclosure where demo = true",
            "select c.content, c.answer from disclosure_comment c join disclosure d on d.id = c.disclosure_id where d.demo = true",
            "select note from distribution where demo = true",
            "select name from recipient_list",
            """
            select m.content from supervision_recommendation m join supervision_request r on r.id = m.request_id
            where r.demo = true""",
            """
            select a.action_text, a.explanation from supervision_answer a
            join supervision_recommendation m on m.id = a.recommendation_id
            join supervision_request r on r.id = m.request_id where r.demo = true""",
            """
            select u.name, u.address, p.full_name, p.title from account a join person p on p.id = a.person_id
            join unit u on u.id = a.unit_id where a.username in ('admin', 'noivu', 'chutich', 'anbinh.truong',
                'anbinh.canbo', 'tnmt.truong', 'mttq', 'vhtt')""");

    /** The whole organisation: only where no other test shares the database. */
    static final List<String> ORGANISATION = List.of("select name, address from unit",
            "select full_name, title from person",
            "select party_committee, locality, directive_basis, report_recipients from local_government");

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private DemoData() {
    }

    /** Every module has demo rows, and they belong to the units that play the module's parts in the set. */
    static void assertEveryModuleHasItsDemo(JdbcClient jdbc, OrganisationService organisation) {
        for (ModuleDemo m : MODULES) {
            assertThat(jdbc.sql(m.countSql()).query(Long.class).single()).as(m.module()).isPositive();
            if (m.unitsSql() != null) {
                Set<Long> expected = m.parts().stream()
                        .map(p -> organisation.demoUnit(p).orElseThrow(() -> new AssertionError(p)).id())
                        .collect(Collectors.toSet());
                assertThat(Set.copyOf(jdbc.sql(m.unitsSql()).query(Long.class).list())).as(m.module())
                        .isEqualTo(expected);
            }
        }
    }

    static List<String> texts(JdbcClient jdbc, List<String> extra) {
        List<String> texts = new ArrayList<>();
        List<String> queries = new ArrayList<>(TEXTS);
        queries.addAll(extra);
        for (String sql : queries) {
            for (var row : jdbc.sql(sql).query().listOfRows()) {
                row.values().stream().filter(String.class::isInstance).map(String.class::cast).forEach(texts::add);
            }
        }
        return texts;
    }

    /** The texts that name one of the words (case aside), each with the word it names. */
    static List<String> naming(List<String> texts, List<String> words) {
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(VIETNAMESE);
            for (String word : words) {
                if (lower.contains(Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(VIETNAMESE))) {
                    found.add(word + " <- " + text);
                }
            }
        }
        return found;
    }
}
