package vn.danvan.shared.indicator;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts per unit in one query: the providers' "count rows of table X per unit in the period". The
 * query selects the unit id first and then {@code columns} counts or sums, with
 * {@code ... in (:units) ... group by <unit column>}; a unit without rows gets zeros.
 */
public final class UnitCounts {

    private final Map<Long, long[]> byUnit;

    private UnitCounts(Map<Long, long[]> byUnit) {
        this.byUnit = byUnit;
    }

    /**
     * Runs {@code sql} once for all {@code units}, binding {@code :units}; {@code params} binds the
     * rest (e.g. the period's {@code :from} and {@code :to}). No query at all for no unit.
     */
    public static UnitCounts of(JdbcClient jdbc, String sql, Collection<Long> units, int columns,
            Function<JdbcClient.StatementSpec, JdbcClient.StatementSpec> params) {
        Map<Long, long[]> byUnit = new HashMap<>();
        if (!units.isEmpty()) {
            params.apply(jdbc.sql(sql).param("units", units)).query(rs -> {
                long[] figures = new long[columns];
                for (int i = 0; i < columns; i++) {
                    figures[i] = rs.getLong(i + 2);
                }
                byUnit.put(rs.getLong(1), figures);
            });
        }
        units.forEach(u -> byUnit.putIfAbsent(u, new long[columns]));
        return new UnitCounts(byUnit);
    }

    /** The {@code column}-th figure (0 for the first after the unit id) of a unit; 0 when it had no row. */
    public long get(long unitId, int column) {
        long[] figures = byUnit.get(unitId);
        return figures == null ? 0 : figures[column];
    }

    /** The first figure of a unit. */
    public long get(long unitId) {
        return get(unitId, 0);
    }
}
