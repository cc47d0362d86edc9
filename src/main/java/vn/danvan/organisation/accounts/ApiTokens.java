package vn.danvan.organisation.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.shared.text.Secrets;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.LastUse;
import vn.danvan.shared.web.NotFoundException;

/**
 * Personal API tokens: a random secret shown once, stored only as its SHA-256 hash, revocable,
 * with an expiry of at most a year. A request bearing it acts as its owner, with the owner's roles
 * and scope at the time of the request.
 */
@Service
@Transactional
public class ApiTokens {

    static final String ENTITY = "ApiToken";
    static final String PREFIX = "dv_";

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final AuditService audit;
    private final Clock clock;
    private final LastUse lastUse;

    ApiTokens(JdbcClient jdbc, AccountRepository accounts, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.lastUse = new LastUse(clock);
    }

    /** Creates a token and returns its secret, which is not stored and cannot be shown again. */
    public String create(long accountId, String name, LocalDate expiresOn) {
        LocalDate today = LocalDate.now(clock);
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusYears(1))) {
            throw InvalidRequestException.onField("expiresOn", "token.error.expiry");
        }
        String secret = Secrets.random(PREFIX);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expires = expiresOn.plusDays(1).atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into api_token (account_id, name, token_hash, expires_at, created_at, updated_at, version)
                values (:a, :n, :h, :e, :now, :now, 0)""")
                .param("a", accountId).param("n", name).param("h", hash(secret)).param("e", expires)
                .param("now", now).update(keys, "id");
        long id = keys.getKey().longValue();
        long unitId = accounts.find(accountId).orElseThrow().unitId();
        audit.created(ENTITY, id, unitId, Map.of("accountId", accountId, "name", name, "expiresAt", expires));
        return secret;
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> of(long accountId) {
        return jdbc.sql("""
                select id, name, created_at, expires_at, revoked_at, last_used_at from api_token
                where account_id = :a order by created_at desc""").param("a", accountId)
                .query((rs, n) -> new ApiTokenView(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("expires_at", OffsetDateTime.class),
                        rs.getObject("revoked_at", OffsetDateTime.class),
                        rs.getObject("last_used_at", OffsetDateTime.class)))
                .list();
    }

    void revoke(long accountId, long tokenId) {
        int rows = jdbc.sql("""
                update api_token set revoked_at = :now, updated_at = :now, version = version + 1
                where id = :id and account_id = :a and revoked_at is null""")
                .param("now", OffsetDateTime.now(clock)).param("id", tokenId).param("a", accountId).update();
        if (rows != 1) {
            throw new NotFoundException("token", tokenId);
        }
        long unitId = accounts.find(accountId).orElseThrow().unitId();
        audit.retired(ENTITY, tokenId, unitId, Map.of("revoked", false), Map.of("revoked", true));
    }

    /** The account a valid, unexpired, unrevoked token belongs to; records that it was used (at most once a minute). */
    Optional<Long> accountFor(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String hash = hash(secret);
        Optional<Long> account = jdbc.sql("""
                select account_id from api_token
                where token_hash = :h and revoked_at is null and expires_at > :now""")
                .param("h", hash).param("now", now).query(Long.class).optional();
        if (account.isPresent() && lastUse.due(hash)) {
            jdbc.sql("""
                    update api_token set last_used_at = :now
                    where token_hash = :h and (last_used_at is null or last_used_at < :cutoff)""")
                    .param("now", now).param("h", hash).param("cutoff", lastUse.cutoff()).update();
        }
        return account;
    }

    static String hash(String secret) {
        return Secrets.sha256(secret);
    }
}
