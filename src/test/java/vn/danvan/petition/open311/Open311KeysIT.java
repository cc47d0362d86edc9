package vn.danvan.petition.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.MovableClock;
import vn.danvan.audit.AuditService;

/**
 * The keys as one node of several sees them: each node keeps the unrevoked keys in memory, so a key created or
 * revoked on another node (here: by SQL) counts on this one within the lifetime, one revoked here at once.
 */
@DanVanIntegrationTest
class Open311KeysIT {

    private final JdbcClient jdbc;
    private final AuditService audit;
    private final MovableClock clock = new MovableClock();

    @Autowired
    Open311KeysIT(JdbcClient jdbc, AuditService audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A key as another node creates it: only its hash stored. */
    private String createdElsewhere(String name) {
        String secret = Open311Keys.PREFIX + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("""
                insert into open311_key (name, key_hash, created_by, created_at, updated_at, version)
                values (:n, :h, 'test', current_timestamp, current_timestamp, 0)""")
                .param("n", name).param("h", Open311Keys.hash(secret)).update();
        return secret;
    }

    @Test
    void aKeyMadeOnAnotherNodeCountsAtOnceAndItsRevocationWithinTheLifetime() {
        var keys = new Open311Keys(jdbc, audit, clock);
        String name = "Nút khác " + UUID.randomUUID();
        String secret = createdElsewhere(name);
        assertThat(keys.clientFor(secret)).as("a key not kept yet: the keys are read again").contains(name);

        assertThat(keys.clientFor("o311_wrong")).as("a wrong key reads them again").isEmpty();
        String second = createdElsewhere(name + " 2");
        assertThat(keys.clientFor(second)).as("read again at most once a second").isEmpty();
        clock.advance(Open311Keys.MISS_RELOAD);
        assertThat(keys.clientFor(second)).contains(name + " 2");

        jdbc.sql("update open311_key set revoked_at = current_timestamp where name = :n").param("n", name).update();
        assertThat(keys.clientFor(secret)).as("revoked on another node: still kept here").contains(name);
        clock.advance(Open311Keys.LIFETIME);
        assertThat(keys.clientFor(secret)).as("after the lifetime").isEmpty();
    }

    @Test
    void aKeyRevokedOnThisNodeIsRefusedAtOnce() {
        var keys = new Open311Keys(jdbc, audit, clock);
        String name = "Nút này " + UUID.randomUUID();
        String secret = keys.create(name, "test");
        assertThat(keys.clientFor(secret)).contains(name);
        long id = jdbc.sql("select id from open311_key where name = :n").param("n", name).query(Long.class).single();
        keys.revoke(id);
        assertThat(keys.clientFor(secret)).isEmpty();
    }
}
