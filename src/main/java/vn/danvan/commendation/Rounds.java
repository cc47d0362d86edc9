package vn.danvan.commendation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.danvan.organisation.UnitKind;

/** The rounds, their weights, frozen scores and entries. */
@Repository
class Rounds {

    private static final String SEPARATOR = "\n";

    /** Rows written by one batch of statements. */
    static final int BATCH = 1000;
    /** Rows written by one insert statement. */
    static final int ROWS_PER_INSERT = 100;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    Rounds(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    long insert(int year, List<String> collective, List<String> individual, Set<UnitKind> kinds, int places,
            String openedBy, OffsetDateTime now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into commendation_round (round_year, collective_titles, individual_titles, unit_kinds, places,
                    state, opened_by, created_at, updated_at)
                values (:y, :c, :i, :k, :p, :s, :by, :now, :now)""")
                .param("y", year).param("c", String.join(SEPARATOR, collective))
                .param("i", String.join(SEPARATOR, individual))
                .param("k", kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("p", places).param("s", RoundState.DRAFT.name()).param("by", openedBy).param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Round> all() {
        return jdbc.sql("select * from commendation_round order by round_year desc, id desc").query(Rounds::round).list();
    }

    Optional<Round> find(long id) {
        return jdbc.sql("select * from commendation_round where id = :id").param("id", id).query(Rounds::round)
                .optional();
    }

    /**
     * Saves the round's state after a move, at the version it was read with (the version the user saw);
     * the version goes up. A stale version is refused.
     */
    void save(Round round, OffsetDateTime now) {
        int rows = jdbc.sql("""
                update commendation_round set state = :s, ranked_at = :rankedAt, ranked_to = :rankedTo,
                    submitted_at = :submittedAt, decided_at = :decidedAt, decided_by = :decidedBy,
                    return_reason = :returnReason, updated_at = :now, version = version + 1
                where id = :id and version = :v""")
                .param("s", round.state().name()).param("rankedAt", round.rankedAt())
                .param("rankedTo", round.rankedTo()).param("submittedAt", round.submittedAt())
                .param("decidedAt", round.decidedAt()).param("decidedBy", round.decidedBy())
                .param("returnReason", round.returnReason()).param("now", now).param("id", round.id())
                .param("v", round.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("commendation_round " + round.id());
        }
    }

    /** Marks the round as changed (its weights or list were), so that two editors cannot both win. */
    void touch(Round round, OffsetDateTime now) {
        if (jdbc.sql("update commendation_round set updated_at = :now, version = version + 1 where id = :id and version = :v")
                .param("now", now).param("id", round.id()).param("v", round.version()).update() != 1) {
            throw new OptimisticLockingFailureException("commendation_round " + round.id());
        }
    }

    Map<String, Weight> weights(long roundId) {
        Map<String, Weight> weights = new LinkedHashMap<>();
        jdbc.sql("select * from commendation_weight where round_id = :r order by indicator_code").param("r", roundId)
                .query((rs, n) -> new Weight(rs.getString("indicator_code"), rs.getBigDecimal("weight"),
                        Normalisation.valueOf(rs.getString("normalisation")), rs.getBigDecimal("cap")))
                .list().forEach(w -> weights.put(w.code(), w));
        return weights;
    }

    void replaceWeights(long roundId, List<Weight> weights) {
        jdbc.sql("delete from commendation_weight where round_id = :r").param("r", roundId).update();
        for (Weight w : weights) {
            jdbc.sql("""
                    insert into commendation_weight (round_id, indicator_code, weight, normalisation, cap)
                    values (:r, :c, :w, :n, :cap)""").param("r", roundId).param("c", w.code()).param("w", w.weight())
                    .param("n", w.normalisation().name()).param("cap", w.cap()).update();
        }
    }

    /**
     * Replaces the round's frozen scores with these, many rows to a statement (a national round has 17,000 units
     * with some thirty parts each: a statement per row took half of the ranking's time).
     */
    void replaceScores(long roundId, List<UnitScore> scores) {
        jdbc.sql("delete from commendation_score_part where round_id = :r").param("r", roundId).update();
        jdbc.sql("delete from commendation_score where round_id = :r").param("r", roundId).update();
        List<Object[]> totals = new ArrayList<>(scores.size());
        List<Object[]> parts = new ArrayList<>();
        for (UnitScore s : scores) {
            totals.add(new Object[] {roundId, s.unitId(), s.total(), s.rank()});
            int position = 0;
            for (ScorePart p : s.parts()) {
                parts.add(new Object[] {roundId, s.unitId(), p.code(), position++, p.raw(), p.normalised(), p.weight(),
                    p.points(), p.link()});
            }
        }
        insert("insert into commendation_score (round_id, unit_id, total, rank_no) values ", totals,
                new int[] {Types.BIGINT, Types.BIGINT, Types.NUMERIC, Types.INTEGER});
        insert("""
                insert into commendation_score_part (round_id, unit_id, indicator_code, position, raw_value,
                    normalised, weight, points, link) values\s""", parts,
                new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.NUMERIC, Types.NUMERIC,
                    Types.NUMERIC, Types.NUMERIC, Types.VARCHAR});
    }

    /**
     * Inserts the rows {@link #ROWS_PER_INSERT} to a statement (one {@code values} list of that many rows, which
     * both databases take), the statements sent in batches of {@link #BATCH} rows.
     */
    private void insert(String insertValues, List<Object[]> rows, int[] columnTypes) {
        int whole = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        List<Object[]> statements = new ArrayList<>();
        for (int i = 0; i < whole; i += ROWS_PER_INSERT) {
            statements.add(flat(rows.subList(i, i + ROWS_PER_INSERT)));
            if (statements.size() * ROWS_PER_INSERT >= BATCH || i + ROWS_PER_INSERT == whole) {
                batches.batchUpdate(insertValues + values(ROWS_PER_INSERT, columnTypes.length), statements,
                        types(ROWS_PER_INSERT, columnTypes));
                statements.clear();
            }
        }
        if (whole < rows.size()) {
            int rest = rows.size() - whole;
            batches.update(insertValues + values(rest, columnTypes.length), flat(rows.subList(whole, rows.size())),
                    types(rest, columnTypes));
        }
    }

    private static String values(int rows, int columns) {
        String row = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", java.util.Collections.nCopies(rows, row));
    }

    private static Object[] flat(List<Object[]> rows) {
        return rows.stream().flatMap(Arrays::stream).toArray();
    }

    private static int[] types(int rows, int[] columnTypes) {
        int[] types = new int[rows * columnTypes.length];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(columnTypes, 0, types, r * columnTypes.length, columnTypes.length);
        }
        return types;
    }

    /** The last ranking job started for the round, or null. */
    Long rankingJob(long roundId) {
        return jdbc.sql("select ranking_job from commendation_round where id = :id").param("id", roundId)
                .query((rs, n) -> rs.getObject("ranking_job", Long.class)).optional().orElse(null);
    }

    /**
     * Makes {@code job} the round's ranking job, if the round is still at the version the user saw and its last
     * ranking job is still {@code seen} (null: none yet); false when another request claimed it first. The
     * version does not move: the ranking moves it when the job freezes it.
     */
    boolean claimRanking(long roundId, long version, Long seen, long job) {
        var claim = jdbc.sql("update commendation_round set ranking_job = :job where id = :id and version = :v and "
                + (seen == null ? "ranking_job is null" : "ranking_job = :seen"))
                .param("job", job).param("id", roundId).param("v", version);
        return (seen == null ? claim : claim.param("seen", seen)).update() == 1;
    }

    /** The frozen ranking, best first, without the parts (a summary per child unit reads thousands of units). */
    List<UnitScore> ranking(long roundId) {
        return jdbc.sql("""
                select s.unit_id, u.name, s.total, s.rank_no from commendation_score s join org_unit u on u.id = s.unit_id
                where s.round_id = :r order by s.rank_no, u.name""").param("r", roundId)
                .query((rs, n) -> new UnitScore(rs.getLong("unit_id"), rs.getString("name"), rs.getBigDecimal("total"),
                        rs.getInt("rank_no"), List.of()))
                .list();
    }

    /** The given units' scores with their parts, best first. */
    List<UnitScore> scores(long roundId, java.util.Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ScorePart>> parts = new LinkedHashMap<>();
        jdbc.sql("""
                select * from commendation_score_part where round_id = :r and unit_id in (:units)
                 order by unit_id, position""")
                .param("r", roundId).param("units", unitIds).query((rs, n) -> {
                    parts.computeIfAbsent(rs.getLong("unit_id"), k -> new ArrayList<>())
                            .add(new ScorePart(rs.getString("indicator_code"), rs.getBigDecimal("raw_value"),
                                    rs.getBigDecimal("normalised"), rs.getBigDecimal("weight"),
                                    rs.getBigDecimal("points"), rs.getString("link")));
                    return null;
                }).list();
        return jdbc.sql("""
                select s.unit_id, u.name, s.total, s.rank_no from commendation_score s join org_unit u on u.id = s.unit_id
                where s.round_id = :r and s.unit_id in (:units) order by s.rank_no, u.name""")
                .param("r", roundId).param("units", unitIds)
                .query((rs, n) -> new UnitScore(rs.getLong("unit_id"), rs.getString("name"), rs.getBigDecimal("total"),
                        rs.getInt("rank_no"), parts.getOrDefault(rs.getLong("unit_id"), List.of())))
                .list();
    }

    /** The frozen ranking, best first, each unit with its parts. */
    List<UnitScore> scores(long roundId) {
        Map<Long, List<ScorePart>> parts = new LinkedHashMap<>();
        jdbc.sql("select * from commendation_score_part where round_id = :r order by unit_id, position")
                .param("r", roundId).query((rs, n) -> {
                    parts.computeIfAbsent(rs.getLong("unit_id"), k -> new ArrayList<>())
                            .add(new ScorePart(rs.getString("indicator_code"), rs.getBigDecimal("raw_value"),
                                    rs.getBigDecimal("normalised"), rs.getBigDecimal("weight"),
                                    rs.getBigDecimal("points"), rs.getString("link")));
                    return null;
                }).list();
        return jdbc.sql("""
                select s.unit_id, u.name, s.total, s.rank_no from commendation_score s join org_unit u on u.id = s.unit_id
                where s.round_id = :r order by s.rank_no, u.name""").param("r", roundId)
                .query((rs, n) -> new UnitScore(rs.getLong("unit_id"), rs.getString("name"), rs.getBigDecimal("total"),
                        rs.getInt("rank_no"), parts.getOrDefault(rs.getLong("unit_id"), List.of())))
                .list();
    }

    long insertEntry(long roundId, Entry.Kind kind, long unitId, Long personId, String personName, String title,
            String achievements, String note, BigDecimal total, Integer rank, OffsetDateTime now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into commendation_entry (round_id, kind, unit_id, person_id, person_name, title, achievements,
                    note, total, rank_no, decision, created_at)
                values (:r, :k, :u, :p, :pn, :t, :a, :n, :tot, :rank, :d, :now)""")
                .param("r", roundId).param("k", kind.name()).param("u", unitId).param("p", personId)
                .param("pn", personName).param("t", title).param("a", achievements).param("n", note)
                .param("tot", total).param("rank", rank).param("d", Entry.Decision.PROPOSED.name()).param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void deleteEntry(long roundId, long entryId) {
        jdbc.sql("delete from commendation_entry where id = :id and round_id = :r").param("id", entryId)
                .param("r", roundId).update();
    }

    void decideEntry(long entryId, Entry.Decision decision, String reason) {
        jdbc.sql("update commendation_entry set decision = :d, strike_reason = :why where id = :id")
                .param("d", decision.name()).param("why", reason).param("id", entryId).update();
    }

    void resetDecisions(long roundId) {
        jdbc.sql("update commendation_entry set decision = :d, strike_reason = null where round_id = :r")
                .param("d", Entry.Decision.PROPOSED.name()).param("r", roundId).update();
    }

    List<Entry> entries(long roundId) {
        return jdbc.sql("""
                select e.*, u.name as unit_name from commendation_entry e join org_unit u on u.id = e.unit_id
                where e.round_id = :r order by e.kind, e.rank_no, e.id""").param("r", roundId)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getLong("round_id"),
                        Entry.Kind.valueOf(rs.getString("kind")), rs.getLong("unit_id"), rs.getString("unit_name"),
                        (Long) rs.getObject("person_id", Long.class), rs.getString("person_name"),
                        rs.getString("title"), rs.getString("achievements"), rs.getString("note"),
                        rs.getBigDecimal("total"), (Integer) rs.getObject("rank_no", Integer.class),
                        Entry.Decision.valueOf(rs.getString("decision")), rs.getString("strike_reason")))
                .list();
    }

    private static Round round(ResultSet rs, int n) throws SQLException {
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        Arrays.stream(rs.getString("unit_kinds").split(",")).filter(s -> !s.isBlank())
                .forEach(s -> kinds.add(UnitKind.valueOf(s)));
        return new Round(rs.getLong("id"), rs.getInt("round_year"), lines(rs.getString("collective_titles")),
                lines(rs.getString("individual_titles")), kinds, rs.getInt("places"),
                RoundState.valueOf(rs.getString("state")), rs.getString("opened_by"),
                rs.getObject("ranked_at", OffsetDateTime.class), rs.getObject("ranked_to", LocalDate.class),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decided_by"), rs.getString("return_reason"), rs.getLong("version"));
    }

    static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
