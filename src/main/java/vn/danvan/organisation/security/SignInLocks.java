package vn.danvan.organisation.security;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins per account and client address (sign_in_lock): after too many from one address the
 * account is locked for that address only, so nobody can lock an account out from elsewhere.
 */
@Repository
public class SignInLocks {

    /** The address recorded when a sign-in comes without one. */
    static final String UNKNOWN = "unknown";

    private final JdbcClient jdbc;

    SignInLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts a failure from {@code address}; at {@code max} the pair is locked until {@code until}. */
    public void recordFailure(String username, String address, int max, OffsetDateTime until, OffsetDateTime now) {
        String at = address(address);
        int updated = jdbc.sql("""
                update sign_in_lock set failures = failures + 1, updated_at = :now
                 where username = :u and client_address = :a""")
                .param("now", now).param("u", username).param("a", at).update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                        insert into sign_in_lock (username, client_address, failures, updated_at)
                        values (:u, :a, 1, :now)""").param("u", username).param("a", at).param("now", now).update();
            } catch (DuplicateKeyException e) {
                // the same pair failed twice at once on two nodes: count this one too
                jdbc.sql("update sign_in_lock set failures = failures + 1 where username = :u and client_address = :a")
                        .param("u", username).param("a", at).update();
            }
        }
        jdbc.sql("""
                update sign_in_lock set locked_until = :until, failures = 0
                 where username = :u and client_address = :a and failures >= :max""")
                .param("until", until).param("u", username).param("a", at).param("max", max).update();
    }

    boolean isLocked(String username, String address, OffsetDateTime now) {
        return jdbc.sql("""
                select count(*) from sign_in_lock
                 where username = :u and client_address = :a and locked_until > :now""")
                .param("u", username).param("a", address(address)).param("now", now).query(Long.class).single() > 0;
    }

    /** The end of the latest lock of the account at any address, for the administrators' screen. */
    Optional<OffsetDateTime> latestLock(String username, OffsetDateTime now) {
        return jdbc.sql("""
                select max(locked_until) from sign_in_lock where username = :u and locked_until > :now""")
                .param("u", username).param("now", now).query(OffsetDateTime.class).optional();
    }

    /** A successful sign-in from {@code address} forgets its failures there. */
    void clear(String username, String address) {
        jdbc.sql("delete from sign_in_lock where username = :u and client_address = :a").param("u", username)
                .param("a", address(address)).update();
    }

    /** An administrator unlocks the account everywhere. */
    public void clearAll(String username) {
        jdbc.sql("delete from sign_in_lock where username = :u").param("u", username).update();
    }

    private static String address(String address) {
        return address == null || address.isBlank() ? UNKNOWN : address.length() > 64 ? address.substring(0, 64) : address;
    }
}
