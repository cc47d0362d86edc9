package vn.danvan.petition.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.shared.ShortLived;
import vn.danvan.shared.text.Secrets;
import vn.danvan.shared.web.LastUse;
import vn.danvan.shared.web.NotFoundException;

/**
 * The API keys (khóa API) of Open311 client applications: a random secret shown once to the
 * administrator who creates it, stored only as its SHA-256 hash, revocable.
 */
@Service
@Transactional
class Open311Keys {

    static final String ENTITY = "Open311Key";
    static final String PREFIX = "o311_";

    /** How long the unrevoked keys are kept in memory (a key created or revoked on another node counts after it). */
    static final Duration LIFETIME = Duration.ofSeconds(30);
    /** A key not among those kept reads them again at most this often (one made on another node a moment ago). */
    static final Duration MISS_RELOAD = Duration.ofSeconds(1);
    private static final String ACTIVE = "active";

    private final JdbcClient jdbc;
    private final AuditService audit;
    private final Clock clock;
    private final LastUse lastUse;
    private final ShortLived<String, Map<String, String>> active;
    private final LastUse missReload;

    Open311Keys(JdbcClient jdbc, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.lastUse = new LastUse(clock);
        this.active = new ShortLived<>(LIFETIME, clock, any -> loadActive());
        this.missReload = new LastUse(clock, MISS_RELOAD);
    }

    /** A key as the administrator's list shows it; the secret is not kept. */
    record Key(long id, String name, String createdBy, OffsetDateTime createdAt, OffsetDateTime revokedAt,
            OffsetDateTime lastUsedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** Creates a key and returns its secret, which is not stored and cannot be shown again. */
    String create(String name, String createdBy) {
        String secret = Secrets.random(PREFIX);
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into open311_key (name, key_hash, created_by, created_at, updated_at, version)
                values (:n, :h, :by, :now, :now, 0)""")
                .param("n", name).param("h", hash(secret)).param("by", createdBy).param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.created(ENTITY, id, null, Map.of("name", name, "createdBy", createdBy));
        active.forget(ACTIVE);
        return secret;
    }

    @Transactional(readOnly = true)
    List<Key> all() {
        return jdbc.sql("""
                select id, name, created_by, created_at, revoked_at, last_used_at from open311_key
                order by revoked_at nulls first, created_at desc, id desc""")
                .query((rs, n) -> new Key(rs.getLong("id"), rs.getString("name"), rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("revoked_at", OffsetDateTime.class),
                        rs.getObject("last_used_at", OffsetDateTime.class)))
                .list();
    }

    void revoke(long id) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int rows = jdbc.sql("""
                update open311_key set revoked_at = :now, updated_at = :now, version = version + 1
                where id = :id and revoked_at is null""")
                .param("now", now).param("id", id).update();
        if (rows != 1) {
            throw new NotFoundException("open311Key", id);
        }
        audit.retired(ENTITY, id, null, Map.of("revoked", false), Map.of("revoked", true));
        active.forget(ACTIVE);
    }

    /**
     * The name of the client a valid, unrevoked key belongs to; records that it was used (at most once a minute).
     * Asked on every Open311 request, so answered from the unrevoked keys kept in memory for {@link #LIFETIME}, as
     * other reference data ({@link ShortLived}): a key revoked on this node is refused at once, on another node
     * within that time. A key not among them reads them again, at most once per {@link #MISS_RELOAD}, so that a
     * stream of wrong keys costs no query each.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    Optional<String> clientFor(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(secret.strip());
        String name = active.get(ACTIVE).get(hash);
        if (name == null && missReload.due(ACTIVE)) {
            active.forget(ACTIVE);
            name = active.get(ACTIVE).get(hash);
        }
        if (name != null && lastUse.due(hash)) {
            jdbc.sql("""
                    update open311_key set last_used_at = :now
                    where key_hash = :h and (last_used_at is null or last_used_at < :cutoff)""")
                    .param("now", OffsetDateTime.now(clock)).param("h", hash).param("cutoff", lastUse.cutoff()).update();
        }
        return Optional.ofNullable(name);
    }

    private Map<String, String> loadActive() {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select key_hash, name from open311_key where revoked_at is null")
                .query(rs -> {
                    names.put(rs.getString("key_hash"), rs.getString("name"));
                });
        return Map.copyOf(names);
    }

    static String hash(String secret) {
        return Secrets.sha256(secret);
    }
}
