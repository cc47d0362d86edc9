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
 */
@Service
@Transactional(readOnly = true)
class PetitionFigures {

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
            count(byUnit, from, to);
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

    private void count(Map<Long, PetitionFiguresRow> byUnit, LocalDate from, LocalDate to) {
        LocalDate today = today();
        jdbc.sql("""
                select unit_id, status, received_at, answered_at, answer_due, rating, rated_at from petition
                where unit_id in (:units) and received_at >= :start and received_at < :end""")
                .param("units", byUnit.keySet())
                .param("start", startOf(from))
                .param("end", startOf(to.plusDays(1)))
                .query(rs -> {
                    long unitId = rs.getLong("unit_id");
                    PetitionStatus status = PetitionStatus.valueOf(rs.getString("status"));
                    LocalDate received = dateOf(rs.getObject("received_at", OffsetDateTime.class));
                    OffsetDateTime answeredAt = rs.getObject("answered_at", OffsetDateTime.class);
                    LocalDate answered = answeredAt == null ? null : dateOf(answeredAt);
                    LocalDate due = rs.getObject("answer_due", LocalDate.class);
                    boolean isAnswered = (status == PetitionStatus.ANSWERED || status == PetitionStatus.CLOSED)
                            && answered != null && !answered.isAfter(to);
                    boolean onTime = isAnswered && !answered.isAfter(due);
                    int days = isAnswered ? calendar.workingDaysBetween(received, answered) : 0;
                    boolean overdue = status.open() && due.isBefore(today);
                    Integer rating = rs.getObject("rating", Integer.class);
                    OffsetDateTime ratedAt = rs.getObject("rated_at", OffsetDateTime.class);
                    Integer counted = rating != null && ratedAt != null && !dateOf(ratedAt).isAfter(to) ? rating
                            : null;
                    byUnit.computeIfPresent(unitId,
                            (id, row) -> row.count(isAnswered, onTime, days, overdue, counted));
                });
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
    }

    private static LocalDate dateOf(OffsetDateTime at) {
        return at.atZoneSameInstant(DanVanTime.ZONE).toLocalDate();
    }
}
