package vn.danvan.petition.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.petition.PetitionFixture;

/**
 * The petitions' tally (V39), from which the inbox and the public answers take their totals, stays equal to a
 * count of the petitions themselves through receiving, handling, publishing, transferring and closing, and a stale
 * save moves nothing.
 */
@DanVanIntegrationTest
class PetitionTallyIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PetitionRepository petitions;
    @Autowired
    PetitionTally tally;

    @Test
    void theTallyCountsWhatThePetitionsAreAfterEveryKindOfChange() {
        PetitionFixture fixture = PetitionFixture.of(context);
        long anBinh = fixture.unitId("ABINH");
        long anLinh = fixture.unitId("ALINH");
        long listedBefore = tally.listed(anBinh);
        long anLinhBefore = tally.count(List.of(anLinh), null);

        Petition answered = fixture.received("Đèn đường hỏng trước chợ", null);
        Petition moved = fixture.received("Cống thoát nước bị tắc", null);
        assertThat(tallyMatchesPetitions()).isTrue();
        assertThat(slotsOf(answered.id())).as("a petition moves the row of its own slot (V42)")
                .containsExactly(Math.floorMod(answered.id(), PetitionTally.SLOTS));
        assertThat(slotsOf(moved.id())).doesNotContainAnyElementsOf(slotsOf(answered.id()));

        answered = fixture.after(answered, p -> {
            p.accept();
            p.assign(fixture.accountId("anbinh.canbo"), null);
            p.startWork();
            p.draftAnswer("Đã thay bóng đèn.");
        });
        assertThat(tallyMatchesPetitions()).isTrue();
        answered = fixture.after(answered, p -> p.approveAnswer(true, "Đã thay bóng đèn.", OffsetDateTime.now()));
        assertThat(tally.listed(anBinh)).isEqualTo(listedBefore + 1);
        assertThat(tallyMatchesPetitions()).isTrue();

        moved = fixture.after(moved, p -> {
            p.accept();
            p.transfer(anLinh, "Thuộc địa bàn xã An Linh", true);
        });
        assertThat(tally.count(List.of(anLinh), null)).isEqualTo(anLinhBefore + 1);
        answered = fixture.after(answered, Petition::close);
        assertThat(tally.listed(anBinh)).as("a closed answer stays on the public list").isEqualTo(listedBefore + 1);
        assertThat(tallyMatchesPetitions()).isTrue();

        // a save of a version someone else has saved since is refused and moves no count
        Petition stale = petitions.find(moved.id()).orElseThrow();
        fixture.after(moved, Petition::accept);
        stale.refuse("Trùng nội dung", true);
        assertThatThrownBy(() -> petitions.save(stale, "test")).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(tallyMatchesPetitions()).isTrue();
        assertThat(tally.count(null, null)).isEqualTo(jdbc.sql("select count(*) from petition").query(Long.class).single());
        assertThat(tally.count(List.of(anBinh, anLinh), PetitionStatus.CLOSED)).isEqualTo(jdbc.sql(
                        "select count(*) from petition where unit_id in (:u) and status = 'CLOSED'")
                .param("u", List.of(anBinh, anLinh)).query(Long.class).single());
    }

    /** The slots of the tally rows that count petition {@code id}'s present key, as far as n > 0 tells. */
    private List<Integer> slotsOf(long id) {
        return jdbc.sql("""
                select t.slot from petition_tally t join petition p on p.id = :id
                where t.unit_id = coalesce(p.unit_id, 0) and t.status = p.status and t.n > 0
                  and t.slot = mod(p.id, :slots)""")
                .param("id", id).param("slots", PetitionTally.SLOTS).query(Integer.class).list();
    }

    /** Every (unit, state, listed) count of the tally equals the petitions' own count, for the whole table. */
    private boolean tallyMatchesPetitions() {
        Map<String, Long> counted = new TreeMap<>();
        jdbc.sql("""
                select coalesce(unit_id, 0) as unit_key, status,
                       case when published and answered_at is not null and public_answer is not null
                                 and status in ('ANSWERED', 'CLOSED') and unit_id is not null then 1 else 0 end as listed,
                       count(*) as n
                from petition
                group by coalesce(unit_id, 0), status,
                         case when published and answered_at is not null and public_answer is not null
                                   and status in ('ANSWERED', 'CLOSED') and unit_id is not null then 1 else 0 end""")
                .query(rs -> {
                    counted.put(rs.getLong("unit_key") + "/" + rs.getString("status") + "/" + (rs.getInt("listed") == 1),
                            rs.getLong("n"));
                });
        Map<String, Long> tallied = new TreeMap<>();
        jdbc.sql("""
                select unit_id, status, listed, sum(n) as n from petition_tally
                group by unit_id, status, listed having sum(n) <> 0""").query(rs -> {
            tallied.put(rs.getLong("unit_id") + "/" + rs.getString("status") + "/" + rs.getBoolean("listed"),
                    rs.getLong("n"));
        });
        assertThat(tallied).isEqualTo(counted);
        return true;
    }
}
