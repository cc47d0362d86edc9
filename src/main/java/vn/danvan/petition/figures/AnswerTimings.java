package vn.danvan.petition.figures;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.calendar.WorkingDaysChanged;
import vn.danvan.petition.handling.AnswerTiming;
import vn.danvan.shared.DanVanTime;

/**
 * Writes back the answer timing ({@link AnswerTiming}) of answered petitions that have none stored: those
 * answered before V40, or whose working days a calendar edit cleared. The application stores it with every
 * answer, so once they are filled this finds nothing; on PostgreSQL a partial index ({@code V40_1}) holds exactly
 * the rows to fill, so finding none costs nothing; the embedded H2 database (a district's data) reads the table.
 *
 * <p>Newest first, and for at most {@link #BUDGET} per call: at national scale a database from before V40 holds
 * about nine million answered petitions, and rewriting them went at 3,300-4,600 a second on the benchmark machine
 * (each update touches every index of the table), some 40 minutes in all. Spread over the refreshes, this year's
 * are timed within the first few and every refresh still ends within minutes; the rows not yet filled are
 * worked out by {@link PetitionFigures} meanwhile, so no figure waits for them.
 *
 * <p>When an admin changes past days of the calendar ({@link WorkingDaysChanged}), the working days of the
 * petitions received before and answered on or after a changed day are cleared, and the next refresh works them
 * out on the calendar as it is now (until then the figures work them out themselves). A change of days still to
 * come clears nothing: no answer spans them yet.
 */
@Component
class AnswerTimings {

    private static final Logger log = LoggerFactory.getLogger(AnswerTimings.class);

    /** Petitions per read and per batch of updates, each batch its own short transaction. */
    static final int BATCH = 5000;

    /** How long one call goes on filling; it stops after the batch that passes it. */
    static final Duration BUDGET = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final WorkingCalendar calendar;

    AnswerTimings(JdbcClient jdbc, JdbcTemplate batch, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.calendar = calendar;
    }

    /** Clears the working days of the petitions whose span from receipt to answer holds a changed day. */
    @ApplicationModuleListener
    void on(WorkingDaysChanged changed) {
        int cleared = jdbc.sql("""
                update petition set answer_working_days = null
                 where answered_at >= :first and received_at < :last and answer_working_days is not null""")
                .param("first", changed.first().atStartOfDay(DanVanTime.ZONE).toOffsetDateTime())
                .param("last", changed.last().atStartOfDay(DanVanTime.ZONE).toOffsetDateTime())
                .update();
        if (cleared > 0) {
            log.info("Working days to answer of {} petitions cleared: the calendar of {}..{} changed", cleared,
                    changed.first(), changed.last());
        }
    }

    private record Missing(long id, OffsetDateTime receivedAt, OffsetDateTime answeredAt, LocalDate answerDue) {
    }

    /**
     * Fills missing timings, {@link #BATCH} petitions at a time from the newest, until none is left or
     * {@link #BUDGET} has passed; returns how many were filled.
     */
    int fillMissing() {
        long started = System.nanoTime();
        long stopAt = started + BUDGET.toNanos();
        int filled = 0;
        long before = Long.MAX_VALUE;
        boolean more = true;
        while (more && System.nanoTime() < stopAt) {
            List<Missing> missing = jdbc.sql("""
                    select id, received_at, answered_at, answer_due from petition
                     where answered_at is not null and answer_working_days is null and id < :before
                     order by id desc fetch first %d rows only""".formatted(BATCH))
                    .param("before", before)
                    .query((rs, n) -> new Missing(rs.getLong("id"), rs.getObject("received_at", OffsetDateTime.class),
                            rs.getObject("answered_at", OffsetDateTime.class), rs.getObject("answer_due", LocalDate.class)))
                    .list();
            if (missing.isEmpty()) {
                break;
            }
            List<Object[]> rows = new ArrayList<>(missing.size());
            for (Missing m : missing) {
                AnswerTiming timing = AnswerTiming.of(calendar, m.receivedAt(), m.answeredAt(), m.answerDue());
                rows.add(new Object[] {timing.workingDays(), timing.onTime(), m.id(), m.answeredAt()});
            }
            // a petition answered again meanwhile was saved with its new timing: the answered_at guard leaves it be
            batch.batchUpdate("""
                    update petition set answer_working_days = ?, answered_on_time = ?
                     where id = ? and answered_at = ? and answer_working_days is null""", rows);
            filled += missing.size();
            more = missing.size() == BATCH;
            if (more) {
                before = missing.get(missing.size() - 1).id();
            }
        }
        if (filled > 0) {
            log.info("Answer timing of {} petitions answered without one worked out and stored in {} ms{}", filled,
                    (System.nanoTime() - started) / 1_000_000, more ? "; the next refresh goes on" : "");
        }
        return filled;
    }
}
