package vn.danvan.organisation.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.Keyset;
import vn.danvan.shared.web.PageOf;
import vn.danvan.shared.web.PageQuery;
import vn.danvan.organisation.Role;

@Repository
public class AccountRepository {

    private static final String SELECT = """
            select a.id, a.username, a.person_id, p.full_name, a.unit_id, u.name as unit_name, a.enabled,
                   a.must_change_password, a.failed_attempts, a.locked_until, a.last_sign_in_at, a.version
            from account a join person p on p.id = a.person_id join unit u on u.id = a.unit_id""";

    /** Ids in one {@code in (...)} list. */
    static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<AccountView> find(long id) {
        return accounts(jdbc.sql(SELECT + " where a.id = :id").param("id", id)).stream().findFirst();
    }

    public Optional<AccountView> findByUsername(String username) {
        return accounts(jdbc.sql(SELECT + " where a.username = :u").param("u", username)).stream().findFirst();
    }

    /**
     * The e-mail address of the account's person (retired or not), if any: one query, asked for every recipient
     * of every notification.
     */
    public Optional<String> emailOf(long accountId) {
        return jdbc.sql("select p.email from account a join person p on p.id = a.person_id where a.id = :id")
                .param("id", accountId).query((rs, n) -> Optional.ofNullable(rs.getString("email"))).optional()
                .flatMap(e -> e);
    }

    /** Every account that holds the role, by username (disabled ones too). */
    public List<AccountView> withRole(Role role) {
        return accounts(jdbc.sql(SELECT + " where a.id in (select account_id from account_role where role = :role)"
                + ORDER.orderBy()).param("role", role.name()));
    }

    public Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from account where id = :id").param("id", id).query(String.class)
                .optional();
    }

    /** The accounts list's order, by username (unique, {@code account_username_uk}). */
    static final Keyset ORDER = Keyset.ascending(Keyset.text("a.username"));

    /** Accounts of the given units (all when null), by username. */
    public List<AccountView> list(Collection<Long> unitIds, String query) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(unitIds, query, params);
        if (where == null) {
            return List.of();
        }
        return accounts(jdbc.sql(SELECT + where + ORDER.orderBy()).params(params));
    }

    /** One page of the accounts of the given units (all when null) that match the query, with the total. */
    public PageOf<AccountView> page(Collection<Long> unitIds, String query, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(unitIds, query, params);
        if (where == null) {
            return PageOf.empty(page.size());
        }
        long total = jdbc.sql("select count(*) from account a join person p on p.id = a.person_id" + where).params(params).query(Long.class).single();
        String seek = ORDER.seek(page, params);
        List<AccountView> rows = accounts(jdbc.sql(SELECT + where + seek + ORDER.orderAndLimit(page)).params(params));
        return ORDER.page(page, rows, a -> List.of(a.username()), total);
    }

    /**
     * Every word of the query in the username or the person's accent-free name (trigram indexes on PostgreSQL,
     * V36_1); null when no unit is allowed.
     */
    private static String where(Collection<Long> unitIds, String query, Map<String, Object> params) {
        var where = new StringBuilder(" where 1 = 1");
        if (unitIds != null) {
            if (unitIds.isEmpty()) {
                return null;
            }
            where.append(" and a.unit_id in (:units)");
            params.put("units", unitIds);
        }
        int i = 0;
        for (String word : VietnameseText.searchKey(query).split(" ")) {
            if (!word.isBlank()) {
                where.append(" and (lower(a.username) like :w").append(i).append(" or p.search_key like :w")
                        .append(i).append(')');
                params.put("w" + i++, "%" + word + "%");
            }
        }
        return where.toString();
    }


    /** The usernames of each person who has an account, several joined by ", "; one query for a whole list. */
    public Map<Long, String> usernamesByPerson() {
        return jdbc.sql("select person_id, username from account order by username")
                .query((rs, n) -> Map.entry(rs.getLong("person_id"), rs.getString("username"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a + ", " + b));
    }

    /** The usernames of each of these people who has an account, several joined by ", " (a page of people). */
    public Map<Long, String> usernamesOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select person_id, username from account where person_id in (:people) order by username")
                .param("people", personIds)
                .query((rs, n) -> Map.entry(rs.getLong("person_id"), rs.getString("username"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a + ", " + b));
    }

    long count() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }

    public boolean anyAdmin() {
        return jdbc.sql("""
                select count(*) from account a join account_role r on r.account_id = a.id
                where r.role = 'ADMIN' and a.enabled""").query(Long.class).single() > 0;
    }

    long insert(String username, String hash, long personId, long unitId, boolean mustChange) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into account (username, password_hash, person_id, unit_id, enabled, must_change_password,
                                     failed_attempts, created_at, updated_at, version)
                values (:u, :h, :p, :unit, true, :must, 0, :now, :now, 0)""")
                .param("u", username).param("h", hash).param("p", personId).param("unit", unitId)
                .param("must", mustChange).param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, long version, long unitId, boolean enabled) {
        int rows = jdbc.sql("""
                update account set unit_id = :unit, enabled = :enabled, updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .param("unit", unitId).param("enabled", enabled).param("now", OffsetDateTime.now(clock))
                .param("id", id).param("version", version).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("account " + id);
        }
    }

    void replaceRoles(long id, Set<Role> roles) {
        jdbc.sql("delete from account_role where account_id = :id").param("id", id).update();
        for (Role role : roles) {
            jdbc.sql("insert into account_role (account_id, role) values (:id, :role)").param("id", id)
                    .param("role", role.name()).update();
        }
    }

    void setPassword(long id, String hash, boolean mustChange) {
        jdbc.sql("""
                update account set password_hash = :h, must_change_password = :must, failed_attempts = 0,
                                   locked_until = null, updated_at = :now, version = version + 1
                where id = :id""")
                .param("h", hash).param("must", mustChange).param("now", OffsetDateTime.now(clock)).param("id", id)
                .update();
    }

    /** Counts a failed sign-in; returns the new count. Not audited as a change (it is a sign-in event). */
    public int recordFailure(String username, int maxAttempts, OffsetDateTime lockUntil) {
        jdbc.sql("update account set failed_attempts = failed_attempts + 1 where username = :u")
                .param("u", username).update();
        jdbc.sql("""
                update account set locked_until = :until, failed_attempts = 0
                where username = :u and failed_attempts >= :max""")
                .param("until", lockUntil).param("u", username).param("max", maxAttempts).update();
        return jdbc.sql("select failed_attempts from account where username = :u").param("u", username)
                .query(Integer.class).optional().orElse(0);
    }

    /** What the administrators' screen shows as the account's lock (the latest at any address). */
    public void showLock(String username, OffsetDateTime until) {
        jdbc.sql("update account set locked_until = :until where username = :u").param("until", until)
                .param("u", username).update();
    }

    public void recordSuccess(String username) {
        jdbc.sql("""
                update account set failed_attempts = 0, locked_until = null, last_sign_in_at = :now
                where username = :u""").param("now", OffsetDateTime.now(clock)).param("u", username).update();
    }

    void unlock(long id) {
        jdbc.sql("update account set failed_attempts = 0, locked_until = null where id = :id").param("id", id)
                .update();
    }

    /**
     * The accounts the statement finds, with their roles read for all of them at once (a query per
     * {@link #CHUNK} accounts, not one per account: the staff of 17,000 units are read together).
     */
    private List<AccountView> accounts(JdbcClient.StatementSpec statement) {
        List<AccountView> found = statement.query(this::row).list();
        if (found.isEmpty()) {
            return found;
        }
        Map<Long, Set<Role>> roles = new HashMap<>();
        List<Long> ids = found.stream().map(AccountView::id).toList();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            jdbc.sql("select account_id, role from account_role where account_id in (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .query((rs, n) -> roles.computeIfAbsent(rs.getLong("account_id"), k -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(rs.getString("role"))))
                    .list();
        }
        return found.stream().map(a -> new AccountView(a.id(), a.username(), a.personId(), a.personName(), a.unitId(),
                a.unitName(), roles.getOrDefault(a.id(), EnumSet.noneOf(Role.class)), a.enabled(),
                a.mustChangePassword(), a.failedAttempts(), a.lockedUntil(), a.lastSignInAt(), a.version())).toList();
    }

    /** An account without its roles, which {@link #accounts} adds. */
    private AccountView row(ResultSet rs, int n) throws SQLException {
        return new AccountView(rs.getLong("id"), rs.getString("username"), rs.getLong("person_id"),
                rs.getString("full_name"), rs.getLong("unit_id"), rs.getString("unit_name"), Set.of(),
                rs.getBoolean("enabled"), rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"),
                rs.getObject("locked_until", OffsetDateTime.class), rs.getObject("last_sign_in_at", OffsetDateTime.class),
                rs.getLong("version"));
    }

    static Map<String, Object> auditFields(AccountView a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", a.username());
        m.put("personId", a.personId());
        m.put("unitId", a.unitId());
        m.put("roles", a.roles().stream().sorted().toList());
        m.put("enabled", a.enabled());
        m.put("mustChangePassword", a.mustChangePassword());
        return m;
    }
}
