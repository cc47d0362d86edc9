package vn.danvan.petition.handling;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Petitions counted per unit, state and public listing ({@code petition_tally}, V39), kept by
 * {@link PetitionRepository} in the transaction of each insert and save, so that a list's total over millions of
 * petitions is a sum over a few rows per unit. Rows are created at zero the first time and then moved by one; a save that changes
 * two counts moves them in key order, so that two saves never wait on each other's rows in opposite orders. Each
 * count is spread over {@link #SLOTS} rows (V42), a petition always moving the one of its id, so that petitions
 * received at the same time (all unrouted ones count under unit 0) do not queue on one row.
 */
@Component
public class PetitionTally {

    /** The unit under which the petitions not routed yet (no unit) are counted. */
    public static final long NOT_ROUTED = 0;
    /** How many rows one count is spread over (V42). */
    static final int SLOTS = 16;

    private final JdbcClient jdbc;

    PetitionTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counted key of a petition: its unit (0 before routing), state and whether the public list shows it. */
    record Key(long unitId, String status, boolean listed) {

        static final Comparator<Key> ORDER = Comparator.comparingLong(Key::unitId).thenComparing(Key::status)
                .thenComparing(Key::listed);

        static Key of(Petition p) {
            return of(p.unitId(), p.status().name(), p.published(), p.answeredAt() != null, p.publicAnswer() != null);
        }

        /** The condition of the public answers list ({@code PublicAnswers.PUBLISHED}). */
        static Key of(Long unitId, String status, boolean published, boolean answered, boolean hasPublicAnswer) {
            boolean listed = published && answered && hasPublicAnswer && unitId != null
                    && (status.equals(PetitionStatus.ANSWERED.name()) || status.equals(PetitionStatus.CLOSED.name()));
            return new Key(unitId == null ? NOT_ROUTED : unitId, status, listed);
        }
    }

    void added(long petitionId, Key key) {
        move(key, slot(petitionId), 1);
    }

    void changed(long petitionId, Key before, Key after) {
        if (Objects.equals(before, after)) {
            return;
        }
        for (Key key : List.of(before, after).stream().sorted(Key.ORDER).toList()) {
            move(key, slot(petitionId), key.equals(before) ? -1 : 1);
        }
    }

    private static int slot(long petitionId) {
        return (int) Math.floorMod(petitionId, (long) SLOTS);
    }

    /** Moves a count's row; the row is created at zero only the first time (an update alone from then on). */
    private void move(Key key, int slot, int by) {
        if (add(key, slot, by) == 0) {
            jdbc.sql("""
                    insert into petition_tally (unit_id, status, listed, slot, n) values (:unit, :status, :listed, :slot, 0)
                    on conflict do nothing""")
                    .param("unit", key.unitId()).param("status", key.status()).param("listed", key.listed())
                    .param("slot", slot).update();
            add(key, slot, by);
        }
    }

    private int add(Key key, int slot, int by) {
        return jdbc.sql("""
                update petition_tally set n = n + :by
                where unit_id = :unit and status = :status and listed = :listed and slot = :slot""")
                .param("by", by).param("unit", key.unitId()).param("status", key.status()).param("listed", key.listed())
                .param("slot", slot).update();
    }

    /**
     * How many petitions the units hold ({@code unitIds} null: every unit, and those not yet routed), in the given
     * state when {@code status} is not null.
     */
    public long count(Collection<Long> unitIds, PetitionStatus status) {
        StringBuilder sql = new StringBuilder("select coalesce(sum(n), 0) from petition_tally where 1 = 1");
        if (unitIds != null) {
            if (unitIds.isEmpty()) {
                return 0;
            }
            sql.append(" and unit_id in (:units)");
        }
        if (status != null) {
            sql.append(" and status = :status");
        }
        var spec = jdbc.sql(sql.toString());
        if (unitIds != null) {
            spec = spec.param("units", unitIds);
        }
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        return spec.query(Long.class).single();
    }

    /** How many answers the public list shows, of one unit when {@code unitId} is not null. */
    public long listed(Long unitId) {
        return jdbc.sql("select coalesce(sum(n), 0) from petition_tally where listed"
                        + (unitId == null ? "" : " and unit_id = :unit"))
                .paramSource(unitId == null ? java.util.Map.of() : java.util.Map.of("unit", unitId))
                .query(Long.class).single();
    }
}
