package vn.danvan.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitTree;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorReader;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * The dashboard's figures per year and unit, each the {@link Rollup} of the unit's whole branch,
 * worked out from every indicator provider and stored ({@code dashboard_figures}): asking the
 * providers for 17,000 units and ten million petitions takes seconds, reading the rows of a unit's
 * children takes milliseconds. The current year is refreshed by the recurring task
 * ({@link DashboardSnapshotTask}); a year asked for the first time is worked out then. The providers are
 * asked {@link #CHUNK} units at a time, never for every unit in one {@code in (...)} list.
 */
@Service
class DashboardSnapshots {

    private static final Logger log = LoggerFactory.getLogger(DashboardSnapshots.class);

    /** Units per provider call while refreshing. */
    static final int CHUNK = 1000;

    private final IndicatorReader indicators;
    private final OrganisationService organisation;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DashboardSnapshots(IndicatorReader indicators, OrganisationService organisation, JdbcClient jdbc,
            JdbcTemplate batch, TransactionTemplate transaction, Clock clock) {
        this.indicators = indicators;
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE));
    }

    /**
     * When the figures of {@code year} were worked out, working them out now if they never were; the
     * requests of one node that ask at once wait for one refresh.
     */
    OffsetDateTime ensure(int year) {
        Optional<OffsetDateTime> done = refreshedAt(year);
        if (done.isPresent()) {
            return done.get();
        }
        synchronized (this) {
            return refreshedAt(year).orElseGet(() -> refresh(year));
        }
    }

    Optional<OffsetDateTime> refreshedAt(int year) {
        return jdbc.sql("select refreshed_at from dashboard_figures_run where figures_year = :year and refreshed_at is not null")
                .param("year", year).query(OffsetDateTime.class).optional();
    }

    /** The stored branch figures of the given units for {@code year}; a unit without a row is left out. */
    Map<Long, Rollup> read(int year, Collection<Long> unitIds) {
        Map<Long, Rollup> found = new HashMap<>();
        if (!unitIds.isEmpty()) {
            jdbc.sql("select unit_id, figures from dashboard_figures where figures_year = :year and unit_id in (:units)")
                    .param("year", year).param("units", unitIds)
                    .query(rs -> {
                        found.put(rs.getLong(1), Rollup.decode(rs.getString(2)));
                    });
        }
        return found;
    }

    /**
     * Works out the figures of every active unit for {@code year} (1 January to today, or the whole of
     * a past year) and replaces the stored ones at once; returns when. Two refreshes of a year (two
     * nodes, or the task and a first demand) take turns on the year's run row.
     */
    synchronized OffsetDateTime refresh(int year) {
        long started = System.nanoTime();
        LocalDate today = today();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        Map<Long, Rollup> branch = branches(from, to, d -> true);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Object[]> rows = new ArrayList<>(branch.size());
        branch.forEach((unit, rollup) -> rows.add(new Object[] {year, unit, rollup.encode(), now}));
        ensureRun(year, now);
        transaction.executeWithoutResult(status -> {
            touchRun(year, now); // the row lock: a second refresh of the year waits here
            jdbc.sql("delete from dashboard_figures where figures_year = :year").param("year", year).update();
            batch.batchUpdate("insert into dashboard_figures (figures_year, unit_id, figures, created_at) values (?, ?, ?, ?)",
                    rows);
            jdbc.sql("update dashboard_figures_run set refreshed_at = :now, updated_at = :now where figures_year = :year")
                    .param("now", now).param("year", year).update();
        });
        log.info("Dashboard figures of {} worked out for {} units in {} ms", year, branch.size(),
                (System.nanoTime() - started) / 1_000_000);
        return now;
    }

    /**
     * The {@link Rollup} of every active unit's whole branch for the days {@code from}..{@code to}, of the
     * indicators {@code wanted} accepts (empty when {@code from} is after {@code to}). The providers are
     * asked {@link #CHUNK} units at a time.
     */
    Map<Long, Rollup> branches(LocalDate from, LocalDate to, Predicate<IndicatorDefinition> wanted) {
        UnitTree tree = organisation.activeTree();
        List<UnitView> units = tree.units();
        Map<String, IndicatorDefinition> definitions = indicators.definitions();
        Map<Long, Rollup> branch = new HashMap<>();
        for (int i = 0; i < units.size(); i += CHUNK) {
            List<Long> chunk = units.subList(i, Math.min(units.size(), i + CHUNK)).stream().map(UnitView::id).toList();
            Map<Long, Map<String, IndicatorValue>> values = from.isAfter(to) ? Map.of()
                    : indicators.values(chunk, from, to, wanted);
            chunk.forEach(u -> branch.put(u, Rollup.ofUnit(definitions, values.getOrDefault(u, Map.of()))));
        }
        // tree order puts every unit before its branch: backwards, a branch is complete before its parent takes it
        for (int i = units.size() - 1; i >= 0; i--) {
            UnitView u = units.get(i);
            if (u.parentId() != null && branch.containsKey(u.parentId())) {
                branch.put(u.parentId(), branch.get(u.parentId()).plus(branch.get(u.id())));
            }
        }
        return branch;
    }

    /** Makes the year's run row if it is missing (outside the refresh's transaction: a second node may race). */
    private void ensureRun(int year, OffsetDateTime now) {
        boolean exists = jdbc.sql("select count(*) from dashboard_figures_run where figures_year = :year").param("year", year)
                .query(Long.class).single() > 0;
        if (!exists) {
            try {
                jdbc.sql("insert into dashboard_figures_run (figures_year, updated_at) values (:year, :now)")
                        .param("year", year).param("now", now).update();
            } catch (DataIntegrityViolationException another) {
                // another refresh made it first
            }
        }
    }

    private int touchRun(int year, OffsetDateTime now) {
        return jdbc.sql("update dashboard_figures_run set updated_at = :now where figures_year = :year")
                .param("now", now).param("year", year).update();
    }

    /** The past years whose figures are older than {@code before}, oldest figures first. */
    List<Integer> staleYears(OffsetDateTime before, int thisYear) {
        return jdbc.sql("""
                select figures_year from dashboard_figures_run
                 where figures_year < :thisYear and (refreshed_at is null or refreshed_at < :before)
                 order by refreshed_at""")
                .param("thisYear", thisYear).param("before", before).query(Integer.class).list();
    }
}
