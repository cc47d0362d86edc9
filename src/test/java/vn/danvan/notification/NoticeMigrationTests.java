package vn.danvan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V33 moves the notices the five modules had sent into {@code notice_sent}, so that nothing already sent
 * goes out again, and drops their tables. Runs on an in-memory H2 database; set
 * {@code -Ddanvan.migration-test.url=jdbc:postgresql://...} (an empty database) to run it on PostgreSQL.
 * The rows the old tables point at are not needed for the move, so foreign keys are off while seeding.
 */
class NoticeMigrationTests {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2027-03-01T08:00:00+07:00");

    private record Moved(String topic, long subject, String kind, LocalDate due, String sentBy) {
    }

    @Test
    void theRowsOfTheFiveTablesMoveAndTheTablesGo() {
        String url = System.getProperty("danvan.migration-test.url",
                "jdbc:h2:mem:notice_v33;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        boolean postgres = url.startsWith("jdbc:postgresql");
        var source = new SingleConnectionDataSource(url, postgres ? "postgres" : "sa", "", true);
        try {
            Flyway.configure().dataSource(source).locations("classpath:db/migration").placeholderReplacement(false)
                    .target("32").load().migrate();
            JdbcClient jdbc = JdbcClient.create(source);
            jdbc.sql(postgres ? "set session_replication_role = replica" : "set referential_integrity false").update();
            seed(jdbc);
            jdbc.sql(postgres ? "set session_replication_role = origin" : "set referential_integrity true").update();

            Flyway.configure().dataSource(source).locations("classpath:db/migration").placeholderReplacement(false)
                    .load().migrate();

            assertThat(jdbc.sql("select topic, subject_id, kind, due_date, sent_by from notice_sent order by topic, kind")
                    .query((rs, n) -> new Moved(rs.getString(1), rs.getLong(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getString(5))).list())
                    .containsExactly(
                            new Moved("dialogue.commitment", 21, "OVERDUE", LocalDate.of(2027, 2, 1), "system"),
                            new Moved("dossier.apology", 41, "APOLOGY", LocalDate.of(2027, 3, 2), "system"),
                            new Moved("petition.deadline", 11, "ESCALATION_HEAD", LocalDate.of(2027, 2, 20), "system"),
                            new Moved("petition.deadline", 11, "WARNING", LocalDate.of(2027, 2, 20), "system"),
                            new Moved("reporting.reminder", 51, "MANUAL", LocalDate.of(2027, 10, 9), "noivu"),
                            new Moved("reporting.reminder", 51, "REMINDER", LocalDate.of(2027, 10, 8), "system"),
                            new Moved("supervision.answer", 31, "DUE_DAY", LocalDate.of(2027, 2, 10), "system"));
            assertThat(jdbc.sql("select count(*) from notice_sent where recipients is not null").query(Long.class)
                    .single()).isZero();
            for (String gone : List.of("petition_notice", "report_reminder", "dialogue_commitment_notice",
                    "supervision_notice", "dossier_apology_notice")) {
                assertThatThrownBy(() -> jdbc.sql("select count(*) from " + gone).query(Long.class).single())
                        .as(gone).isInstanceOf(RuntimeException.class);
            }
        } finally {
            source.destroy();
        }
    }

    /** Raw SQL on purpose: the old tables the migration moves have no service any more, only their rows. */
    private static void seed(JdbcClient jdbc) {
        jdbc.sql("""
                insert into petition_notice (petition_id, kind, due_date, sent_at)
                values (11, 'WARNING', date '2027-02-20', :at), (11, 'ESCALATION_HEAD', date '2027-02-20', :at)""")
                .param("at", AT).update();
        jdbc.sql("""
                insert into dialogue_commitment_notice (commitment_id, kind, due_date, sent_at)
                values (21, 'OVERDUE', date '2027-02-01', :at)""").param("at", AT).update();
        jdbc.sql("""
                insert into supervision_notice (recipient_id, kind, due_date, sent_at)
                values (31, 'DUE_DAY', date '2027-02-10', :at)""").param("at", AT).update();
        jdbc.sql("""
                insert into dossier (id, code, procedure_id, unit_id, applicant_name, received_at, received_by,
                                     received_by_name, due_date, state, created_at, updated_at)
                values (41, 'HS-41', 1, 1, 'Nguyễn Văn A', :at, 'motcua', 'Cán bộ một cửa', date '2027-03-02',
                        'RECEIVED', :at, :at)""").param("at", AT).update();
        jdbc.sql("insert into dossier_apology_notice (dossier_id, sent_at) values (41, :at)").param("at", AT).update();
        jdbc.sql("""
                insert into unit_report (id, period_id, unit_id, state, created_at, updated_at)
                values (51, 5, 7, 'DRAFT', :at, :at)""").param("at", AT).update();
        jdbc.sql("""
                insert into report_reminder (period_id, unit_id, reminder_date, manual, sent_by, sent_at)
                values (5, 7, date '2027-10-08', false, 'system', :at), (5, 7, date '2027-10-09', true, 'noivu', :at)""")
                .param("at", AT).update();
    }
}
