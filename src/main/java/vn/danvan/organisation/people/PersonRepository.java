package vn.danvan.organisation.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.Keyset;
import vn.danvan.shared.web.PageOf;
import vn.danvan.shared.web.PageQuery;
import vn.danvan.organisation.PersonView;

@Repository
public class PersonRepository {

    private static final String SELECT = """
            select p.id, p.full_name, p.title, p.unit_id, u.name as unit_name, p.email, p.phone, p.retired_on,
                   p.version
            from person p join unit u on u.id = p.unit_id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    PersonRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<PersonView> find(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(PersonRepository::row).optional();
    }

    /** The people list's order, by accent-free name: a total order, with the index {@code person_list_idx} (V36). */
    public static final Keyset ORDER = Keyset.ascending(Keyset.text("p.search_key"), Keyset.number("p.id"));

    /** People of the given units (all units when null) whose name matches the query, by name. */
    public List<PersonView> search(Collection<Long> unitIds, String query, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(unitIds, query, params);
        if (where == null) {
            return List.of();
        }
        return jdbc.sql(SELECT + where + ORDER.orderBy() + " limit :limit").params(params).param("limit", limit)
                .query(PersonRepository::row).list();
    }

    /** One page of the people of the given units (all when null) whose name matches the query, with the total. */
    public PageOf<PersonView> page(Collection<Long> unitIds, String query, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(unitIds, query, params);
        if (where == null) {
            return PageOf.empty(page.size());
        }
        long total = jdbc.sql("select count(*) from person p" + where).params(params).query(Long.class).single();
        String seek = ORDER.seek(page, params);
        List<Keyed> rows = jdbc.sql(SELECT.replace("select p.id,", "select p.search_key, p.id,") + where + seek
                + ORDER.orderAndLimit(page)).params(params)
                .query((rs, n) -> new Keyed(rs.getString("search_key"), row(rs, n))).list();
        PageOf<Keyed> keyed = ORDER.page(page, rows, k -> List.of(k.key(), k.person().id()), total);
        return keyed.with(keyed.rows().stream().map(Keyed::person).toList());
    }

    /** A person with the key the list is ordered by. */
    private record Keyed(String key, PersonView person) {
    }

    /**
     * Every word of the query in the accent-free name (a trigram index on PostgreSQL, V36_1); null when no unit
     * is allowed.
     */
    private static String where(Collection<Long> unitIds, String query, Map<String, Object> params) {
        var where = new StringBuilder(" where 1 = 1");
        if (unitIds != null) {
            if (unitIds.isEmpty()) {
                return null;
            }
            where.append(" and p.unit_id in (:units)");
            params.put("units", unitIds);
        }
        int i = 0;
        for (String word : VietnameseText.searchKey(query).split(" ")) {
            if (!word.isBlank()) {
                where.append(" and p.search_key like :w").append(i);
                params.put("w" + i++, "%" + word + "%");
            }
        }
        return where.toString();
    }


    /** The people of the given units (not retired), by name: one query whatever their number. */
    public List<PersonView> inUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where p.unit_id in (:units) and p.retired_on is null order by p.search_key")
                .param("units", unitIds).query(PersonRepository::row).list();
    }

    public List<PersonView> inUnit(long unitId) {
        return jdbc.sql(SELECT + " where p.unit_id = :unit and p.retired_on is null order by p.search_key")
                .param("unit", unitId).query(PersonRepository::row).list();
    }

    long insert(PersonData data) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into person (full_name, search_key, title, unit_id, email, phone, created_at, updated_at, version)
                values (:name, :key, :title, :unit, :email, :phone, :now, :now, 0)""")
                .param("name", data.fullName())
                .param("key", VietnameseText.searchKey(data.fullName()))
                .param("title", data.title())
                .param("unit", data.unitId())
                .param("email", data.email())
                .param("phone", data.phone())
                .param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, long version, PersonData data) {
        int rows = jdbc.sql("""
                update person set full_name = :name, search_key = :key, title = :title, unit_id = :unit,
                                  email = :email, phone = :phone, updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .param("name", data.fullName())
                .param("key", VietnameseText.searchKey(data.fullName()))
                .param("title", data.title())
                .param("unit", data.unitId())
                .param("email", data.email())
                .param("phone", data.phone())
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .param("version", version)
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("person " + id);
        }
    }

    void retire(long id) {
        jdbc.sql("update person set retired_on = :on, updated_at = :now, version = version + 1 where id = :id")
                .param("on", LocalDate.now(clock)).param("now", OffsetDateTime.now(clock)).param("id", id).update();
    }

    private static PersonView row(ResultSet rs, int n) throws SQLException {
        return new PersonView(rs.getLong("id"), rs.getString("full_name"), rs.getString("title"),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("email"), rs.getString("phone"),
                rs.getObject("retired_on", LocalDate.class), rs.getLong("version"));
    }

    static Map<String, Object> auditFields(PersonView p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", p.fullName());
        m.put("title", p.title());
        m.put("unitId", p.unitId());
        m.put("email", p.email());
        m.put("phone", p.phone());
        m.put("retiredOn", p.retiredOn());
        return m;
    }
}
