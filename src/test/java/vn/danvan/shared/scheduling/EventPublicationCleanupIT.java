package vn.danvan.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.DanVanIntegrationTest;

@DanVanIntegrationTest
class EventPublicationCleanupIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void removesOnlyPublicationsCompletedMoreThanAWeekAgo() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID old = insert(now.minusDays(30), now.minusDays(8));
        UUID recent = insert(now.minusDays(2), now.minusDays(1));
        UUID pending = insert(now.minusDays(30), null);

        EventPublicationCleanup.removeCompleted(jdbc, clock);

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(pending)).isTrue();
        jdbc.sql("delete from event_publication where id in (:ids)").param("ids", java.util.List.of(recent, pending))
                .update();
    }

    /** Raw SQL on purpose: the row is Spring Modulith's own (its event_publication table), not one of ours. */
    private UUID insert(OffsetDateTime published, OffsetDateTime completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date, status)
                values (:id, 'test.listener', 'test.Event', '{}', :published, :completed, :status)""")
                .param("id", id).param("published", published).param("completed", completed)
                .param("status", completed == null ? "PUBLISHED" : "COMPLETED").update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }
}
