package vn.danvan.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Staff accounts for notification tests: unique names (other tests share the database), an officer
 * of the demo unit An Bình, with or without an e-mail address. The organisation module's own
 * builders are internal to it, so these rows are written directly.
 */
final class StaffAccounts {

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Staff(long accountId, String username, String email) {
    }

    Staff officer() {
        return officer(null);
    }

    Staff officerWithEmail() {
        String unique = unique();
        return officer("can.bo." + unique + "@phugiao.example.vn");
    }

    private Staff officer(String email) {
        String username = "tb." + unique();
        OffsetDateTime now = OffsetDateTime.now();
        long unit = jdbc.sql("select id from unit where code = 'ABINH'").query(Long.class).single();
        var person = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into person (full_name, search_key, email, unit_id, created_at, updated_at, version)
                values (:name, :name, :email, :unit, :now, :now, 0)""")
                .param("name", "can bo " + username).param("email", email).param("unit", unit).param("now", now)
                .update(person, "id");
        var account = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into account (username, password_hash, person_id, unit_id, created_at, updated_at, version)
                values (:username, '{noop}not-used', :person, :unit, :now, :now, 0)""")
                .param("username", username).param("person", person.getKey().longValue()).param("unit", unit)
                .param("now", now)
                .update(account, "id");
        long accountId = account.getKey().longValue();
        jdbc.sql("insert into account_role (account_id, role) values (:id, 'OFFICER')").param("id", accountId).update();
        return new Staff(accountId, username, email);
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
