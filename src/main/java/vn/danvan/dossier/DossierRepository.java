package vn.danvan.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.danvan.shared.web.NotFoundException;

/** Loads and saves dossiers as their handling changes them, with the steps of their history. */
@Repository
class DossierRepository {

    private final JdbcClient jdbc;

    DossierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DossierHandling find(long id) {
        return jdbc.sql("""
                select d.id, d.unit_id, p.time_limit, d.state, d.due_date, d.missing_documents, d.refusal_reason,
                       d.returned_at, d.apology_new_date, d.apology_reason, d.apology_issued_at,
                       d.apology_issued_by_name, d.version
                  from dossier d join dossier_procedure p on p.id = d.procedure_id where d.id = :id""")
                .param("id", id)
                .query((rs, n) -> new DossierHandling(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("time_limit"),
                        DossierState.valueOf(rs.getString("state")), rs.getObject("due_date", LocalDate.class),
                        rs.getString("missing_documents"), rs.getString("refusal_reason"),
                        rs.getObject("returned_at", OffsetDateTime.class),
                        rs.getObject("apology_new_date", LocalDate.class), rs.getString("apology_reason"),
                        rs.getObject("apology_issued_at", OffsetDateTime.class),
                        rs.getString("apology_issued_by_name"), rs.getLong("version")))
                .optional().orElseThrow(() -> new NotFoundException(Dossiers.ENTITY, id));
    }

    /**
     * Saves the dossier after an action and appends the steps it recorded; a stale version or a state
     * changed meanwhile is refused.
     */
    void save(DossierHandling d, String actor, OffsetDateTime now) {
        int rows = jdbc.sql("""
                update dossier set state = :state, unit_id = :unit, due_date = :due, missing_documents = :missing,
                    refusal_reason = :refusal, returned_at = :returned, apology_new_date = :apologyDate,
                    apology_reason = :apologyReason, apology_issued_at = :apologyAt,
                    apology_issued_by_name = :apologyBy, updated_at = :now, version = version + 1
                 where id = :id and version = :version and state = :was""")
                .param("state", d.state().name()).param("unit", d.unitId()).param("due", d.dueDate())
                .param("missing", d.missingDocuments()).param("refusal", d.refusalReason())
                .param("returned", d.returnedAt()).param("apologyDate", d.apologyNewDate())
                .param("apologyReason", d.apologyReason()).param("apologyAt", d.apologyIssuedAt())
                .param("apologyBy", d.apologyIssuedByName()).param("now", now).param("id", d.id())
                .param("version", d.version()).param("was", d.loadedState().name()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("dossier " + d.id());
        }
        for (DossierHandling.Step step : d.recordedSteps()) {
            jdbc.sql("""
                    insert into dossier_step (dossier_id, acted_at, acted_by, action, from_state, to_state,
                        from_unit_id, to_unit_id, note)
                    values (:d, :at, :by, :action, :from, :to, :fromUnit, :toUnit, :note)""")
                    .param("d", d.id()).param("at", now).param("by", actor).param("action", step.action().name())
                    .param("from", step.from().name()).param("to", step.to().name())
                    .param("fromUnit", step.fromUnitId()).param("toUnit", step.toUnitId()).param("note", step.note())
                    .update();
        }
    }
}
