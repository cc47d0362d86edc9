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

    /** People of the given units (all units when null) whose name matches the query, by name. */
    public List<PersonView> search(Collection<Long> unitIds, String query, int limit) {
        String key = "%" + VietnameseText.searchKey(query) + "%";
        String where = unitIds == null ? " where p.search_key like :key" : " where p.search_key like :key and p.unit_id in (:units)";
        var spec = jdbc.sql(SELECT + where + " order by p.search_key limit :limit").param("key", key)
                .param("limit", limit);
        if (unitIds != null) {
            if (unitIds.isEmpty()) {
                return List.of();
            }
            spec = spec.param("units", unitIds);
        }
        return spec.query(PersonRepository::row).list();
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
