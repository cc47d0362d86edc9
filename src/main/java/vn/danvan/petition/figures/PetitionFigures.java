package vn.danvan.petition.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.petition.handling.AnswerTiming;
import vn.danvan.petition.handling.PetitionStatus;

/**
 * Petition figures (số liệu phản ánh, kiến nghị) of a unit for the days {@code from}..{@code to}, both
 * included, in Asia/Ho_Chi_Minh. The figures follow the petitions <em>received</em> in the period
 * (the unit's own, not those of the units under it):
 * <ul>
 * <li>received: petitions whose {@code received_at} date falls in the period;</li>
 * <li>answered: of those, the ones whose status is ANSWERED or CLOSED and whose {@code answered_at}
 * date is not after {@code to} (so both receipt and answer fall in the period; a petition closed after
 * a refusal has no answer and does not count);</li>
 * <li>answered on time: of the answered, those whose {@code answered_at} date is on or before
 * {@code answer_due}; the rate is its share of answered, one decimal, none when nothing was
 * answered;</li>
 * <li>average working days to answer: the mean of {@link WorkingCalendar#workingDaysBetween} from
 * the received date to the answered date over the answered, one decimal;</li>
 * <li>overdue now: of the received, those still open today whose {@code answer_due} is before
 * today (a snapshot as of today, not as of {@code to}).</li>
 * <li>satisfaction: of the received, those the petitioner rated (1 to 5) on or before {@code to};
 * the mean rating, one decimal, none when no one rated.</li>
 * </ul>
 *
 * <p>How they are counted: one grouped query ({@code group by unit_id}) per {@link #CHUNK} units, over the
 * units' petitions received in the period (index {@code petition_unit_received_idx}), nothing read row by row.
 * Working days and "on time" depend only on the petition's own dates, so they are kept on it when it is
 * saved answered ({@code answer_working_days}, {@code answered_on_time}: {@link AnswerTiming}, set by
 * {@code PetitionRepository.save} on the answer, on a new answer after a reopening, on every later save) and
 * the query adds them up; "answered", "overdue now" and "satisfaction" are compared with the period in the
 * query itself, so any period is counted as the definitions say.
 *
 * <p>Petitions answered before V40 have no stored timing, and the calendar (holidays, make-up days) lives in
 * Java, so a migration cannot work it out in SQL on both databases. The figures summary's refresh writes it
 * back in batches instead ({@link AnswerTimings#fillMissing}: only rows with {@code answered_at} and without
 * {@code answer_working_days}, newest first, a few minutes per refresh), so a database from before V40 is right
 * from the first refresh and fast once they are written. Until then (or for a row a calendar edit left without
 * one) the query counts the answered rows without a timing per unit, and only those rows are read and worked
 * out here: the figures are right either way.
 */
@Service
@Transactional(readOnly = true)
class PetitionFigures {

    /** Units per grouped query. */
    static final int CHUNK = 1000;

    /** The states of an answered petition, and the open ones ("overdue now"), as {@link PetitionStatus} says. */
    private static final List<String> ANSWERED_STATES = List.of(PetitionStatus.ANSWERED.name(),
            PetitionStatus.CLOSED.name());
    private static final List<String> OPEN_STATES = PetitionStatus.openStatuses().stream().map(Enum::name).sorted()
            .toList();

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Clock clock;

    PetitionFigures(JdbcClient jdbc, WorkingCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** One row per given unit, in the given order, each unit counted alone. */
    List<PetitionFiguresRow> forUnits(Collection<UnitView> units, LocalDate from, LocalDate to) {
        Map<Long, PetitionFiguresRow> byUnit = new HashMap<>();
        for (UnitView u : units) {
            byUnit.put(u.id(), PetitionFiguresRow.empty(u.id(), u.name()));
        }
        if (!byUnit.isEmpty() && !to.isBefore(from)) {
            List<Long> ids = List.copyOf(byUnit.keySet());
            for (int i = 0; i < ids.size(); i += CHUNK) {
                count(byUnit, ids.subList(i, Math.min(ids.size(), i + CHUNK)), from, to);
            }
        }
        List<PetitionFiguresRow> rows = new ArrayList<>();
        for (UnitView u : units) {
            rows.add(byUnit.get(u.id()));
        }
        return rows;
    }

    PetitionFiguresRow forUnit(UnitView unit, LocalDate from, LocalDate to) {
        return forUnits(List.of(unit), from, to).get(0);
    }

    /** The sum of the rows, averages and rates recomputed from the sums. */
    static PetitionFiguresRow total(List<PetitionFiguresRow> rows) {
        PetitionFiguresRow total = PetitionFiguresRow.empty(null, null);
        for (PetitionFiguresRow row : rows) {
            total = total.plus(row);
        }
        return total;
    }

    /** Today in Asia/Ho_Chi_Minh, the day "overdue now" is measured on. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE));
    }

    private void count(Map<Long, PetitionFiguresRow> byUnit, List<Long> units, LocalDate from, LocalDate to) {
        List<Long> untimed = new ArrayList<>();
        jdbc.sql("""
                select unit_id, count(*) as received,
                       sum(case when status in (:answeredStates) and answered_at < :end then 1 else 0 end) as answered,
                       sum(case when status in (:answeredStates) and answered_at < :end and answer_working_days is not null
                                 and answered_on_time then 1 else 0 end) as on_time,
                       sum(case when status in (:answeredStates) and answered_at < :end then answer_working_days end)
                           as working_days,
                       sum(case when status in (:answeredStates) and answered_at < :end and answer_working_days is null
                                then 1 else 0 end) as untimed,
                       sum(case when status in (:openStates) and answer_due < :today then 1 else 0 end) as overdue,
                       sum(case when rating is not null and rated_at < :end then 1 else 0 end) as ratings,
                       sum(case when rating is not null and rated_at < :end then rating else 0 end) as rating_sum
                  from petition
                 where unit_id in (:units) and received_at >= :start and received_at < :end
                 group by unit_id""")
                .param("units", units)
                .param("answeredStates", ANSWERED_STATES)
                .param("openStates", OPEN_STATES)
                .param("start", startOf(from))
                .param("end", startOf(to.plusDays(1)))
                .param("today", today())
                .query(rs -> {
                    long unitId = rs.getLong("unit_id");
                    PetitionFiguresRow counted = new PetitionFiguresRow(unitId, null, rs.getLong("received"),
                            rs.getLong("answered"), rs.getLong("on_time"), rs.getLong("working_days"),
                            rs.getLong("overdue"), rs.getLong("ratings"), rs.getLong("rating_sum"));
                    byUnit.computeIfPresent(unitId, (id, row) -> row.plus(counted));
                    if (rs.getLong("untimed") > 0) {
                        untimed.add(unitId);
                    }
                });
        if (!untimed.isEmpty()) {
            countUntimed(byUnit, untimed, from, to);
        }
    }

    /** Adds the timing of the units' answered petitions that have none stored yet, worked out from their dates. */
    private void countUntimed(Map<Long, PetitionFiguresRow> byUnit, List<Long> units, LocalDate from, LocalDate to) {
        jdbc.sql("""
                select unit_id, received_at, answered_at, answer_due from petition
                 where unit_id in (:units) and received_at >= :start and received_at < :end
                   and status in (:answeredStates) and answered_at < :end and answer_working_days is null""")
                .param("units", units)
                .param("answeredStates", ANSWERED_STATES)
                .param("start", startOf(from))
                .param("end", startOf(to.plusDays(1)))
                .query(rs -> {
                    AnswerTiming timing = AnswerTiming.of(calendar, rs.getObject("received_at", OffsetDateTime.class),
                            rs.getObject("answered_at", OffsetDateTime.class),
                            rs.getObject("answer_due", LocalDate.class));
                    PetitionFiguresRow counted = new PetitionFiguresRow(null, null, 0, 0, timing.onTime() ? 1 : 0,
                            timing.workingDays(), 0, 0, 0);
                    byUnit.computeIfPresent(rs.getLong("unit_id"), (id, row) -> row.plus(counted));
                });
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
    }

}
