package vn.danvan.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.imports.ImportCheck;
import vn.danvan.shared.imports.ImportFileReader;
import vn.danvan.shared.imports.ImportHeader;
import vn.danvan.shared.imports.ImportProblem;
import vn.danvan.shared.imports.ImportResult;
import vn.danvan.shared.imports.ImportRow;
import vn.danvan.shared.imports.ImportTable;

/**
 * Import of dossiers from the province's procedure system, in the columns of its dossier book: every row
 * is checked first (a code not yet known nor repeated in the file, a procedure of the catalogue handled by a
 * unit of the officer's branch, dates dd/mm/yyyy in order and not in the future, a known state, the return
 * date exactly when returned, the applicant); only when all pass is anything written, in one transaction,
 * each dossier with its history and audit entry. The imported dossier keeps the province's code and dates.
 * Nothing of a row is logged: the cells carry applicants' names.
 */
@Service
class DossierImport {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final ImportFileReader reader;
    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final DossierProcedures procedures;
    private final OrganisationScope scope;
    private final AuditService audit;
    private final Clock clock;
    private final Map<String, DossierState> states = new HashMap<>();

    DossierImport(ImportFileReader reader, JdbcClient jdbc, Dossiers dossiers, DossierProcedures procedures,
            OrganisationScope scope, AuditService audit, MessageSource messages, Clock clock) {
        this.reader = reader;
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
        for (DossierState s : DossierState.values()) {
            states.put(ImportHeader.key(s.name()), s);
            for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                String label = messages.getMessage(s.messageKey(), null, null, locale);
                if (label != null) {
                    states.putIfAbsent(ImportHeader.key(label), s);
                }
            }
        }
    }

    private record Row(int row, String code, Procedure procedure, LocalDate receivedOn, LocalDate dueOn,
            LocalDate returnedOn, DossierState state, String applicant) {
    }

    @Transactional
    ImportResult<ImportedDossier> importFile(String fileName, byte[] content) {
        return importFile(fileName, content, () -> { });
    }

    /** The same, calling {@code eachRow} after each row saved (a background job's progress). */
    @Transactional
    ImportResult<ImportedDossier> importFile(String fileName, byte[] content, Runnable eachRow) {
        if (!dossiers.mayReceive()) {
            throw new AccessDeniedException("only officers and heads import dossiers");
        }
        ImportTable table = reader.read(fileName, content);
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        ImportHeader header = ImportHeader.locate(DossierColumn.all(), table.header());
        Map<String, Procedure> byCode = new HashMap<>();
        procedures.all().forEach(p -> byCode.put(p.code().toUpperCase(Locale.ROOT), p));
        Map<String, Integer> codesInFile = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (ImportTable.Line line : table.lines()) {
            var row = new ImportRow(line, header, problems);
            String code = row.required(DossierColumn.CODE, 40);
            if (code != null) {
                code = code.strip().toUpperCase(Locale.ROOT);
                Integer earlier = codesInFile.putIfAbsent(code, row.number());
                if (earlier != null) {
                    row.problem(DossierColumn.CODE, "dossier.import.error.codeRepeated", code, earlier);
                } else if (dossiers.byCode(code).isPresent()) {
                    row.problem(DossierColumn.CODE, "dossier.import.error.codeKnown", code);
                }
            }
            Procedure procedure = null;
            String procedureCode = row.required(DossierColumn.PROCEDURE, 40);
            if (procedureCode != null) {
                procedure = byCode.get(procedureCode.strip().toUpperCase(Locale.ROOT));
                if (procedure == null) {
                    row.problem(DossierColumn.PROCEDURE, "dossier.import.error.procedureUnknown", procedureCode);
                } else if (!dossiers.canAct(procedure.unitId())) {
                    row.problem(DossierColumn.PROCEDURE, "dossier.import.error.procedureScope", procedureCode,
                            procedure.unitName());
                }
            }
            LocalDate received = date(row, DossierColumn.RECEIVED_ON, true, today);
            LocalDate due = date(row, DossierColumn.DUE_ON, true, null);
            LocalDate returned = date(row, DossierColumn.RETURNED_ON, false, today);
            if (received != null && due != null && due.isBefore(received)) {
                row.problem(DossierColumn.DUE_ON, "dossier.import.error.dueBeforeReceived");
            }
            if (received != null && returned != null && returned.isBefore(received)) {
                row.problem(DossierColumn.RETURNED_ON, "dossier.import.error.returnedBeforeReceived");
            }
            DossierState state = null;
            String stateText = row.required(DossierColumn.STATE, 100);
            if (stateText != null) {
                state = states.get(ImportHeader.key(stateText));
                if (state == null) {
                    row.problem(DossierColumn.STATE, "dossier.import.error.state", stateText);
                } else if (state == DossierState.RETURNED && row.optional(DossierColumn.RETURNED_ON, 100) == null) {
                    row.problem(DossierColumn.RETURNED_ON, "dossier.import.error.returnedMissing");
                } else if (state != DossierState.RETURNED && returned != null) {
                    row.problem(DossierColumn.RETURNED_ON, "dossier.import.error.returnedNotReturned");
                }
            }
            String applicant = row.required(DossierColumn.APPLICANT, 200);
            if (!row.faulty()) {
                rows.add(new Row(row.number(), code, procedure, received, due, returned, state, applicant));
            }
        }
        ImportCheck<Row> check = ImportCheck.of(rows, problems, header);
        if (!check.passed()) {
            return ImportResult.rejected(fileName, check.problems());
        }
        CurrentUser user = scope.requireUser();
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(DanVanTime.ZONE));
        List<ImportedDossier> imported = new ArrayList<>();
        for (Row r : check.toCreate()) {
            imported.add(save(r, user, now));
            eachRow.run();
        }
        return ImportResult.succeeded(fileName, imported);
    }

    private ImportedDossier save(Row r, CurrentUser user, OffsetDateTime now) {
        // a day from the book has no hour: the start of office hours
        OffsetDateTime received = r.receivedOn().atTime(7, 30).atZone(DanVanTime.ZONE).toOffsetDateTime();
        OffsetDateTime returned = r.returnedOn() == null ? null
                : r.returnedOn().atTime(16, 0).atZone(DanVanTime.ZONE).toOffsetDateTime();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dossier (code, procedure_id, unit_id, applicant_name, received_at, received_by,
                    received_by_name, due_date, state, returned_at, created_at, updated_at)
                values (:code, :procedure, :unit, :name, :received, :by, :byName, :due, :state, :returned, :now, :now)""")
                .param("code", r.code()).param("procedure", r.procedure().id()).param("unit", r.procedure().unitId())
                .param("name", r.applicant()).param("received", received).param("by", user.username())
                .param("byName", user.displayName()).param("due", r.dueOn()).param("state", r.state().name())
                .param("returned", returned).param("now", now).update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("""
                insert into dossier_step (dossier_id, acted_at, acted_by, action, to_state, note)
                values (:d, :at, :by, 'RECEIVE', :state, :note)""")
                .param("d", id).param("at", now).param("by", user.username()).param("state", r.state().name())
                .param("note", "Nhập từ sổ theo dõi hồ sơ").update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", r.code());
        after.put("procedure", r.procedure().code());
        after.put("dueDate", r.dueOn().toString());
        after.put("state", r.state().name());
        after.put("imported", "true");
        audit.created(Dossiers.ENTITY, id, r.procedure().unitId(), after);
        return new ImportedDossier(r.row(), id, r.code(), r.procedure().name(), r.receivedOn(), r.state());
    }

    private static LocalDate date(ImportRow row, DossierColumn column, boolean required, LocalDate notAfter) {
        if (row.optional(column, 100) == null) {
            if (required) {
                row.required(column, 10);
            }
            return null;
        }
        LocalDate date = row.date(column);
        if (date == null) {
            return null;
        }
        if (notAfter != null && date.isAfter(notAfter)) {
            row.problem(column, "dossier.import.error.future", DanVanTime.DATE.format(date));
        } else if (date.isBefore(EARLIEST)) {
            row.problem(column, "dossier.import.error.tooEarly", DanVanTime.DATE.format(date));
        }
        return date;
    }
}
