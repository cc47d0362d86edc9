package vn.danvan.petition.deadlines;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.petition.handling.Petition;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.petition.handling.PetitionStatus;

/** The open petitions that may need a deadline notice (the notices sent are the notification module's). */
@Repository
class PetitionNoticeLog {

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

    private static List<String> openStatuses() {
        return PetitionStatus.openStatuses().stream().map(Enum::name).toList();
    }
}
