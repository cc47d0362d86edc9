package vn.danvan.petition.figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitTree;
import vn.danvan.organisation.UnitView;

/**
 * The petition figures of the current year (1 January to the day of the refresh) per unit, each row
 * the sums of the unit's whole branch, kept in {@code petition_figures_summary} by the recurring task
 * {@code petition-figures-summary} (every {@code danvan.petition.figures-summary-every}, 5 minutes by
 * default; db-scheduler runs it on one node). The anonymous portal reads only these rows (a unit and
 * its children: a few hundred at most), never the petitions, so a visitor costs milliseconds whatever
 * their number; the staff screen reads them for its default period.
 */
@Service
class PetitionFiguresSummary {

    private static final Logger log = LoggerFactory.getLogger(PetitionFiguresSummary.class);

    /** Units per read of the petitions while refreshing. */
    static final int CHUNK = 1000;

    private final PetitionFigures figures;
    private final AnswerTimings timings;
    private final OrganisationService organisation;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PetitionFiguresSummary(PetitionFigures figures, AnswerTimings timings, OrganisationService organisation,
            JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction, Clock clock) {
        this.figures = figures;
        this.timings = timings;
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What a stored summary covers and when it was worked out. */
    record Run(int year, LocalDate from, LocalDate to, OffsetDateTime refreshedAt) {
    }

    /**
     * The latest summary worked out (this year's but for the minutes after New Year before the task's
     * next run); empty before the task's first run on a new database. A visitor never starts a refresh.
     */
    Optional<Run> latest() {
        return jdbc.sql("""
                select summary_year, from_day, to_day, refreshed_at from petition_figures_summary_run
                 where refreshed_at is not null order by summary_year desc""")
                .query((rs, n) -> new Run(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, OffsetDateTime.class)))
                .list().stream().findFirst();
    }

    Optional<Run> run(int year) {
        return jdbc.sql("""
                select summary_year, from_day, to_day, refreshed_at from petition_figures_summary_run
                 where summary_year = :year and refreshed_at is not null""")
                .param("year", year)
                .query((rs, n) -> new Run(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, OffsetDateTime.class)))
                .optional();
    }

    /** The branch sums of the given units, by unit, named as {@code names} says; a unit without a row has zeros. */
    Map<Long, PetitionFiguresRow> read(int year, Collection<Long> unitIds) {
        Map<Long, PetitionFiguresRow> found = new HashMap<>();
        if (!unitIds.isEmpty()) {
            jdbc.sql("""
                    select unit_id, received, answered, answered_on_time, working_days, overdue_now, ratings, rating_sum
                      from petition_figures_summary where summary_year = :year and unit_id in (:units)""")
                    .param("year", year).param("units", unitIds)
                    .query(rs -> {
                        long unit = rs.getLong(1);
                        found.put(unit, new PetitionFiguresRow(unit, null, rs.getLong(2), rs.getLong(3), rs.getLong(4),
                                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
                    });
        }
        return found;
    }

    /** A stored row: a unit's branch figures (named), its place in the tree at the refresh. */
    record Stored(PetitionFiguresRow figures, Long parentId, boolean branch, List<Long> path) {
    }

    private static final String STORED = """
            select unit_id, unit_name, parent_id, has_children, path_ids, received, answered, answered_on_time,
                   working_days, overdue_now, ratings, rating_sum
              from petition_figures_summary where summary_year = :year""";

    private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        long unit = rs.getLong(1);
        Long parent = rs.getObject(3, Long.class);
        List<Long> path = java.util.Arrays.stream(rs.getString(5).split("/")).filter(x -> !x.isEmpty())
                .map(Long::valueOf).toList();
        return new Stored(new PetitionFiguresRow(unit, rs.getString(2), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12)), parent, rs.getBoolean(4), path);
    }

    /** The stored roots of the year's tree, in tree order. */
    List<Stored> roots(int year) {
        return jdbc.sql(STORED + " and parent_id is null order by tree_position").param("year", year)
                .query((rs, n) -> stored(rs)).list();
    }

    /** The stored unit followed by its children in tree order; empty when the unit has no row. */
    List<Stored> withChildren(int year, long unitId) {
        return jdbc.sql(STORED + " and (unit_id = :unit or parent_id = :unit) order by tree_position")
                .param("year", year).param("unit", unitId).query((rs, n) -> stored(rs)).list();
    }

    /** The stored names of the given units, by id. */
    Map<Long, String> names(int year, Collection<Long> unitIds) {
        Map<Long, String> names = new HashMap<>();
        if (!unitIds.isEmpty()) {
            jdbc.sql("select unit_id, unit_name from petition_figures_summary where summary_year = :year and unit_id in (:units)")
                    .param("year", year).param("units", unitIds).query(rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }

    /**
     * Works out the current year's figures of every active unit's branch and replaces the stored ones at once;
     * first stores the answer timing of petitions answered without one ({@link AnswerTimings}: a database from
     * before V40, for a few minutes at most), so that this and later counts sum it. The time logged is the
     * figures' own; the write-back logs its own.
     */
    void refresh() {
        timings.fillMissing();
        long started = System.nanoTime();
        LocalDate to = figures.today();
        LocalDate from = to.withDayOfYear(1);
        UnitTree tree = organisation.activeTree();
        Map<Long, PetitionFiguresRow> branch = branches(tree, tree.units(), from, to);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int year = to.getYear();
        List<Object[]> rows = new ArrayList<>(branch.size());
        int position = 0;
        for (UnitView u : tree.units()) {
            PetitionFiguresRow r = branch.get(u.id());
            Long parent = u.parentId() != null && tree.contains(u.parentId()) ? u.parentId() : null;
            String path = String.join("/", tree.path(u.id()).stream().map(p -> String.valueOf(p.id())).toList());
            rows.add(new Object[] {year, u.id(), parent, u.name(), position++, !tree.children(u.id()).isEmpty(),
                path.length() > 200 ? path.substring(path.length() - 200) : path, r.received(), r.answered(),
                r.answeredOnTime(), r.workingDaysToAnswer(), r.overdueNow(), r.ratings(), r.ratingSum(), now});
        }
        ensureRun(year, now);
        transaction.executeWithoutResult(status -> {
            // the row lock: a second refresh (another node) waits here
            jdbc.sql("update petition_figures_summary_run set updated_at = :now where summary_year = :year")
                    .param("now", now).param("year", year).update();
            jdbc.sql("delete from petition_figures_summary where summary_year = :year").param("year", year).update();
            batch.batchUpdate("""
                    insert into petition_figures_summary (summary_year, unit_id, parent_id, unit_name, tree_position,
                        has_children, path_ids, received, answered, answered_on_time, working_days, overdue_now,
                        ratings, rating_sum, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            jdbc.sql("""
                    update petition_figures_summary_run set from_day = :from, to_day = :to, refreshed_at = :now,
                           updated_at = :now where summary_year = :year""")
                    .param("from", from).param("to", to).param("now", now).param("year", year).update();
        });
        log.info("Petition figures summary of {} worked out for {} units in {} ms", year, branch.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The figures of each of {@code units}' branch within the tree for the days {@code from}..{@code to}:
     * the petitions read {@link #CHUNK} units at a time, each unit's own figures added up to its parents.
     * {@code units} must hold whole branches in tree order (a branch of the tree, or the whole tree).
     */
    Map<Long, PetitionFiguresRow> branches(UnitTree tree, List<UnitView> units, LocalDate from, LocalDate to) {
        Map<Long, PetitionFiguresRow> branch = new HashMap<>();
        for (int i = 0; i < units.size(); i += CHUNK) {
            figures.forUnits(units.subList(i, Math.min(units.size(), i + CHUNK)), from, to)
                    .forEach(r -> branch.put(r.unitId(), r));
        }
        for (int i = units.size() - 1; i >= 0; i--) {
            UnitView u = units.get(i);
            if (u.parentId() != null && branch.containsKey(u.parentId())) {
                branch.put(u.parentId(), branch.get(u.parentId()).plus(branch.get(u.id())));
            }
        }
        return branch;
    }

    private void ensureRun(int year, OffsetDateTime now) {
        boolean exists = jdbc.sql("select count(*) from petition_figures_summary_run where summary_year = :year")
                .param("year", year).query(Long.class).single() > 0;
        if (!exists) {
            try {
                jdbc.sql("insert into petition_figures_summary_run (summary_year, updated_at) values (:year, :now)")
                        .param("year", year).param("now", now).update();
            } catch (DataIntegrityViolationException another) {
                // another node made it first
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> petitionFiguresSummaryRecurring(PetitionFiguresSummary summary,
                @Value("${danvan.petition.figures-summary-every:5m}") Duration every) {
            return Tasks.recurring("petition-figures-summary", FixedDelay.of(every))
                    .execute((instance, context) -> summary.refresh());
        }
    }
}
