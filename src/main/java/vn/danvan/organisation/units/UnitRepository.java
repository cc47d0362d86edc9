package vn.danvan.organisation.units;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.danvan.shared.text.VietnameseText;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;

/** Units in the database. The tree is read whole (a province has a few thousand units at most). */
@Repository
public class UnitRepository {

    private static final String SELECT = """
            select u.id, u.code, u.name, u.kind, u.parent_id, u.head_person_id, p.full_name as head_name,
                   u.address, u.phone, u.email, u.retired_on, u.retired_reason, u.version
            from unit u left join person p on p.id = u.head_person_id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    UnitRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<UnitView> find(long id) {
        return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(UnitRepository::row).optional();
    }

    /** The units of these ids, in one query; unknown ids are left out. */
    public Map<Long, UnitView> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, UnitView> found = new LinkedHashMap<>();
        jdbc.sql(SELECT + " where u.id in (:ids)").param("ids", ids).query(UnitRepository::row).list()
                .forEach(u -> found.put(u.id(), u));
        return found;
    }

    public Optional<UnitView> findByCode(String code) {
        return jdbc.sql(SELECT + " where u.code = :code").param("code", code).query(UnitRepository::row).optional();
    }

    /**
     * Every unit, in tree order (parents before children; siblings by kind: committee, offices, service
     * units, communes, Front, organisations; then by name), with its depth.
     */
    public List<UnitView> tree() {
        return inTreeOrder(jdbc.sql(SELECT).query(UnitRepository::row).list());
    }

    /** The units in tree order, with their depth among them: a unit whose parent is not among them is a root. */
    private static List<UnitView> inTreeOrder(List<UnitView> all) {
        Set<Long> present = new java.util.HashSet<>();
        all.forEach(u -> present.add(u.id()));
        Map<Long, List<UnitView>> children = new LinkedHashMap<>();
        for (UnitView u : all) {
            children.computeIfAbsent(present.contains(u.parentId()) ? u.parentId() : null, k -> new ArrayList<>()).add(u);
        }
        // each name's search key once, not at every comparison (17,000 units at national scale)
        Map<Long, String> keys = new java.util.HashMap<>();
        all.forEach(u -> keys.put(u.id(), VietnameseText.searchKey(u.name())));
        java.util.Comparator<UnitView> siblings = java.util.Comparator.comparing((UnitView u) -> u.kind().ordinal())
                .thenComparing(u -> keys.get(u.id()));
        children.values().forEach(list -> list.sort(siblings));
        List<UnitView> ordered = new ArrayList<>(all.size());
        addBranch(children, null, 0, ordered);
        return ordered;
    }

    private static void addBranch(Map<Long, List<UnitView>> children, Long parent, int depth, List<UnitView> out) {
        for (UnitView u : children.getOrDefault(parent, List.of())) {
            out.add(withDepth(u, depth));
            addBranch(children, u.id(), depth + 1, out);
        }
    }

    /**
     * The active units among {@code ids} (every active unit when null) in tree order: those whose parent is
     * not among them are the roots. A branch of the tree without reading the whole of it.
     */
    public List<UnitView> activeTree(java.util.Collection<Long> ids) {
        if (ids == null) {
            return tree().stream().filter(u -> !u.retired()).toList();
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UnitView> found = new ArrayList<>();
        List<Long> wanted = List.copyOf(ids);
        for (int i = 0; i < wanted.size(); i += 1000) {
            found.addAll(jdbc.sql(SELECT + " where u.retired_on is null and u.id in (:ids)")
                    .param("ids", wanted.subList(i, Math.min(wanted.size(), i + 1000))).query(UnitRepository::row).list());
        }
        return inTreeOrder(found);
    }

    /** The active units among {@code ids} (all when null) of the given kinds (any when empty), counted. */
    public long countActive(java.util.Collection<Long> ids, Set<UnitKind> kinds) {
        if (ids != null && ids.isEmpty()) {
            return 0;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select count(*) from unit u where u.retired_on is null" + among(ids, kinds, params))
                .params(params).query(Long.class).single();
    }

    /**
     * Up to {@code limit} active units among {@code ids} (all when null) of the given kinds (any when empty)
     * whose search key (name and code, without accents) holds every word: the unit whose code is the text
     * first, then the shortest names (the closest to what was typed), each with its parent's name.
     */
    public List<UnitMatch> matching(String text, java.util.Collection<Long> ids, Set<UnitKind> kinds, int limit) {
        String key = VietnameseText.searchKey(text);
        if (key.isEmpty() || ids != null && ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        var where = new StringBuilder(" where u.retired_on is null").append(among(ids, kinds, params));
        String[] words = key.split(" ");
        for (int i = 0; i < words.length; i++) {
            where.append(" and u.search_key like :w").append(i).append(" escape '\\'");
            params.put("w" + i, "%" + likeEscaped(words[i]) + "%");
        }
        params.put("code", key);
        params.put("limit", limit);
        return jdbc.sql("""
                select u.id, u.code, u.name, u.kind, p.name as parent_name
                from unit u left join unit p on p.id = u.parent_id""" + where + """
                 order by case when lower(u.code) = :code then 0 else 1 end, length(u.name), u.search_key, u.id
                limit :limit""").params(params)
                .query(UnitRepository::match).list();
    }

    /** The active units among {@code ids} (all when null) of the given kinds (any when empty) of that very name. */
    public List<UnitMatch> named(String name, java.util.Collection<Long> ids, Set<UnitKind> kinds) {
        String key = VietnameseText.searchKey(name);
        if (key.isEmpty() || ids != null && ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("named", likeEscaped(key) + " %");
        // the search key is the name's and then the code's: the name's key followed by a space starts it
        return jdbc.sql("""
                select u.id, u.code, u.name, u.kind, p.name as parent_name
                from unit u left join unit p on p.id = u.parent_id
                where u.retired_on is null and u.search_key like :named escape '\\'""" + among(ids, kinds, params)
                        + " order by u.search_key, u.id").params(params)
                .query(UnitRepository::match).list().stream()
                .filter(u -> VietnameseText.searchKey(u.name()).equals(key)).toList();
    }

    private static UnitMatch match(ResultSet rs, int n) throws SQLException {
        return new UnitMatch(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")), rs.getString("parent_name"));
    }

    /** An active unit found by its words: what a unit picker suggests. */
    public record UnitMatch(long id, String code, String name, UnitKind kind, String parentName) {
    }

    private static String among(java.util.Collection<Long> ids, Set<UnitKind> kinds, Map<String, Object> params) {
        var where = new StringBuilder();
        if (ids != null) {
            where.append(" and u.id in (:ids)");
            params.put("ids", ids);
        }
        if (!kinds.isEmpty()) {
            where.append(" and u.kind in (:kinds)");
            params.put("kinds", kinds.stream().map(Enum::name).toList());
        }
        return where.toString();
    }

    private static String likeEscaped(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The unit and every unit under it, at any depth. */
    public Set<Long> subtree(long rootId) {
        return new TreeSet<>(jdbc.sql("""
                with recursive branch (id) as (
                    select id from unit where id = :root
                    union all
                    select u.id from unit u join branch b on u.parent_id = b.id
                )
                select id from branch""").param("root", rootId).query(Long.class).list());
    }

    /**
     * The unit whose branch a district-wide role (Home Affairs, a leader, an administrator) working in {@code unitId}
     * oversees: the nearest People's Committee (of a province, a district or a commune) at or above it; when there
     * is none, the top of its tree. Empty when {@code unitId} is unknown. The answer's {@code top} tells whether that
     * unit has no parent (then the role oversees every unit, as on a deployment for one locality).
     */
    public Optional<Committee> committeeOf(long unitId) {
        return jdbc.sql("""
                with recursive up (id, parent_id, kind, depth) as (
                    select id, parent_id, kind, 0 from unit where id = :id
                    union all
                    select u.id, u.parent_id, u.kind, up.depth + 1 from unit u join up on u.id = up.parent_id
                    where up.depth < 64
                )
                select id, parent_id is null as top from up
                order by case when kind in ('PEOPLES_COMMITTEE', 'COMMUNE_COMMITTEE') then depth else 1000 - depth end
                fetch first 1 rows only""")
                .param("id", unitId)
                .query((rs, n) -> new Committee(rs.getLong("id"), rs.getBoolean("top"))).optional();
    }

    /** See {@link #committeeOf(long)}. */
    public record Committee(long id, boolean top) {
    }

    boolean isReferenced(long id) {
        return jdbc.sql("""
                select (select count(*) from unit where parent_id = :id)
                     + (select count(*) from person where unit_id = :id)
                     + (select count(*) from account where unit_id = :id)""")
                .param("id", id).query(Long.class).single() > 0;
    }

    long insert(UnitData data) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into unit (code, name, search_key, kind, parent_id, address, phone, email, active_from,
                                  created_at, updated_at, version)
                values (:code, :name, :key, :kind, :parent, :address, :phone, :email, :from, :now, :now, 0)""")
                .param("code", data.code())
                .param("name", data.name())
                .param("key", VietnameseText.searchKey(data.name() + " " + data.code()))
                .param("kind", data.kind().name())
                .param("parent", data.parentId())
                .param("address", data.address())
                .param("phone", data.phone())
                .param("email", data.email())
                .param("from", LocalDate.now(clock))
                .param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, long version, UnitData data) {
        int rows = jdbc.sql("""
                update unit set code = :code, name = :name, search_key = :key, kind = :kind, parent_id = :parent,
                                address = :address, phone = :phone, email = :email, updated_at = :now,
                                version = version + 1
                where id = :id and version = :version""")
                .param("code", data.code())
                .param("name", data.name())
                .param("key", VietnameseText.searchKey(data.name() + " " + data.code()))
                .param("kind", data.kind().name())
                .param("parent", data.parentId())
                .param("address", data.address())
                .param("phone", data.phone())
                .param("email", data.email())
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .param("version", version)
                .update();
        requireOne(rows, id);
    }

    void setHead(long id, Long personId) {
        jdbc.sql("update unit set head_person_id = :p, updated_at = :now, version = version + 1 where id = :id")
                .param("p", personId).param("now", OffsetDateTime.now(clock)).param("id", id).update();
    }

    void retire(long id, long version, String reason) {
        int rows = jdbc.sql("""
                update unit set retired_on = :on, retired_reason = :reason, updated_at = :now, version = version + 1
                where id = :id and version = :version and retired_on is null""")
                .param("on", LocalDate.now(clock))
                .param("reason", reason)
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .param("version", version)
                .update();
        requireOne(rows, id);
    }

    void reactivate(long id, long version) {
        int rows = jdbc.sql("""
                update unit set retired_on = null, retired_reason = null, updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .param("now", OffsetDateTime.now(clock)).param("id", id).param("version", version).update();
        requireOne(rows, id);
    }

    void delete(long id) {
        jdbc.sql("delete from unit where id = :id").param("id", id).update();
    }

    public long count() {
        return jdbc.sql("select count(*) from unit").query(Long.class).single();
    }

    private static void requireOne(int rows, long id) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("unit " + id);
        }
    }

    private static UnitView row(ResultSet rs, int n) throws SQLException {
        return new UnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")), (Long) rs.getObject("parent_id", Long.class),
                rs.getObject("head_person_id", Long.class), rs.getString("head_name"), rs.getString("address"),
                rs.getString("phone"), rs.getString("email"), rs.getObject("retired_on", LocalDate.class),
                rs.getString("retired_reason"), 0, rs.getLong("version"));
    }

    private static UnitView withDepth(UnitView u, int depth) {
        return new UnitView(u.id(), u.code(), u.name(), u.kind(), u.parentId(), u.headPersonId(), u.headName(),
                u.address(), u.phone(), u.email(), u.retiredOn(), u.retiredReason(), depth, u.version());
    }

    static Map<String, Object> auditFields(UnitView u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", u.code());
        m.put("name", u.name());
        m.put("kind", u.kind());
        m.put("parentId", u.parentId());
        m.put("headPersonId", u.headPersonId());
        m.put("address", u.address());
        m.put("phone", u.phone());
        m.put("email", u.email());
        m.put("retiredOn", u.retiredOn());
        m.put("retiredReason", u.retiredReason());
        return m;
    }
}
