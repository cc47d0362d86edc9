package vn.danvan.petition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deadline notices already sent, and the open petitions that may need one. */
@Repository
class PetitionNoticeLog {

    /** A notice of a kind about one due date of a petition: what the unique key of the table holds. */
    record Sent(long petitionId, String kind, LocalDate dueDate) {
    }

    private final JdbcClient jdbc;

    PetitionNoticeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open petitions of a unit with their answer, or while received their acceptance, due by {@code horizon}. */
    List<Petition> openDueBy(LocalDate horizon) {
        return jdbc.sql("select " + PetitionRepository.COLUMNS + """
                 from petition p
                where p.unit_id is not null and p.status in (:open)
                  and (p.answer_due <= :horizon or (p.status = 'RECEIVED' and p.acceptance_due <= :horizon))
                order by p.id""")
                .param("open", openStatuses())
                .param("horizon", horizon)
                .query(PetitionRepository::row)
                .list();
    }

    /** The notices already sent about open petitions, so that a run does not try them again. */
    Set<Sent> sentForOpenPetitions() {
        return new HashSet<>(jdbc.sql("""
                select n.petition_id, n.kind, n.due_date from petition_notice n join petition p on p.id = n.petition_id
                where p.status in (:open)""")
                .param("open", openStatuses())
                .query((rs, n) -> new Sent(rs.getLong("petition_id"), rs.getString("kind"),
                        rs.getObject("due_date", LocalDate.class)))
                .list());
    }

    /**
     * Records the notice as sent. A second record of the same notice breaks the unique key: the
     * caller's transaction then fails with {@link org.springframework.dao.DuplicateKeyException}.
     */
    void record(Sent notice, OffsetDateTime at) {
        jdbc.sql("insert into petition_notice (petition_id, kind, due_date, sent_at) values (:p, :k, :d, :at)")
                .param("p", notice.petitionId())
                .param("k", notice.kind())
                .param("d", notice.dueDate())
                .param("at", at)
                .update();
    }

    private static List<String> openStatuses() {
        return PetitionStatus.openStatuses().stream().map(Enum::name).toList();
    }
}
