package vn.danvan.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The on-time rates of the last {@link #MONTHS} months per unit, each the {@link Rollup} of the unit's
 * whole branch (the month's days, or the current month to today), stored ({@code dashboard_month_figures})
 * so that the dashboard's chart by month reads twelve rows of one unit. Only the indicators of the chart
 * are asked ({@link #CODES}). The recurring task refreshes the current month at every run and works out
 * one missing past month per run, so that a first start or a new month costs at most two passes.
 */
@Service
class DashboardMonths {

    private static final Logger log = LoggerFactory.getLogger(DashboardMonths.class);

    static final int MONTHS = 12;
    static final Set<String> CODES = Set.of(DashboardOverview.PETITIONS_ON_TIME, DashboardOverview.DOSSIERS_ON_TIME);

    private final DashboardSnapshots snapshots;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DashboardMonths(DashboardSnapshots snapshots, JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction,
            Clock clock) {
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The last {@link #MONTHS} months, oldest first, the current one last. */
    List<YearMonth> months() {
        YearMonth now = YearMonth.from(snapshots.today());
        List<YearMonth> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(now.minusMonths(i));
        }
        return months;
    }

    /** One run: the current month, then the oldest of the twelve that was never worked out. */
    void refresh() {
        List<YearMonth> months = months();
        Set<LocalDate> stored = new HashSet<>(jdbc.sql(
                "select distinct figures_month from dashboard_month_figures where figures_month >= :first")
                .param("first", months.get(0).atDay(1)).query(LocalDate.class).list());
        YearMonth current = months.get(months.size() - 1);
        refresh(current);
        months.stream().filter(m -> !m.equals(current) && !stored.contains(m.atDay(1))).findFirst()
                .ifPresent(this::refresh);
    }

    void refresh(YearMonth month) {
        long started = System.nanoTime();
        LocalDate today = snapshots.today();
        LocalDate to = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        Map<Long, Rollup> branch = snapshots.branches(month.atDay(1), to, d -> CODES.contains(d.code()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Object[]> rows = new ArrayList<>(branch.size());
        branch.forEach((unit, rollup) -> rows.add(new Object[] {month.atDay(1), unit, rollup.encode(), now}));
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("delete from dashboard_month_figures where figures_month = :month")
                        .param("month", month.atDay(1)).update();
                batch.batchUpdate("insert into dashboard_month_figures (figures_month, unit_id, figures, created_at)"
                        + " values (?, ?, ?, ?)", rows);
            });
        } catch (DataIntegrityViolationException another) {
            log.info("Dashboard figures of {} were being worked out by another run", month);
            return;
        }
        log.info("Dashboard figures of {} worked out for {} units in {} ms", month, branch.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The stored figures of {@code unitId}'s branch for each of the last twelve months, oldest first (empty if none). */
    Map<YearMonth, Rollup> of(long unitId) {
        Map<YearMonth, Rollup> found = new LinkedHashMap<>();
        months().forEach(m -> found.put(m, Rollup.empty()));
        jdbc.sql("select figures_month, figures from dashboard_month_figures where unit_id = :unit and figures_month >= :first")
                .param("unit", unitId).param("first", months().get(0).atDay(1))
                .query(rs -> {
                    YearMonth m = YearMonth.from(rs.getObject(1, LocalDate.class));
                    if (found.containsKey(m)) {
                        found.put(m, Rollup.decode(rs.getString(2)));
                    }
                });
        return found;
    }
}
