package vn.danvan.organisation.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.imports.ImportCheck;
import vn.danvan.shared.imports.ImportFailedException;
import vn.danvan.shared.imports.ImportFileReader;
import vn.danvan.shared.imports.ImportResult;
import vn.danvan.shared.imports.ImportTable;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.organisation.UnitView;
import vn.danvan.organisation.people.PersonAdministration;
import vn.danvan.organisation.units.UnitAdministration;
import vn.danvan.organisation.units.UnitData;
import vn.danvan.organisation.units.UnitRepository;

/**
 * Bulk import of units or people (nhập dữ liệu hàng loạt) from an XLSX or CSV file: every row is
 * checked first; only when all pass is anything written, all in one transaction and each row
 * through {@link UnitAdministration} or {@link PersonAdministration}, so that each is audited and
 * one failure rolls back the whole file.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final ImportFileReader reader;
    private final ImportUnitChecks unitChecks;
    private final ImportPersonChecks personChecks;
    private final UnitRepository units;
    private final UnitAdministration unitAdministration;
    private final PersonAdministration personAdministration;

    public ImportService(ImportFileReader reader, ImportUnitChecks unitChecks, ImportPersonChecks personChecks,
            UnitRepository units, UnitAdministration unitAdministration, PersonAdministration personAdministration) {
        this.reader = reader;
        this.unitChecks = unitChecks;
        this.personChecks = personChecks;
        this.units = units;
        this.unitAdministration = unitAdministration;
        this.personAdministration = personAdministration;
    }

    /**
     * Imports the file, or nothing when any row is wrong. A file that cannot be read at all is an
     * {@link InvalidRequestException}; a row that fails while saving is an {@link ImportFailedException}.
     */
    @Transactional
    public ImportResult<Imported> importFile(ImportKind kind, String fileName, byte[] content) {
        return importFile(kind, fileName, content, () -> { });
    }

    /** The same, calling {@code eachRow} after each row saved (a background job's progress). */
    @Transactional
    public ImportResult<Imported> importFile(ImportKind kind, String fileName, byte[] content, Runnable eachRow) {
        long start = System.nanoTime();
        ImportTable table = reader.read(fileName, content);
        List<UnitView> existing = units.tree();
        ImportResult<Imported> result = switch (kind) {
            case UNITS -> importUnits(fileName, unitChecks.check(table, existing), eachRow);
            case PEOPLE -> importPeople(fileName, personChecks.check(table, existing), existing, eachRow);
        };
        log.info("Import of {}: {} rows, {} imported, {} problems, {} ms", kind,
                table.lines().size(), result.imported().size(), result.problems().size(),
                (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private ImportResult<Imported> importUnits(String fileName, ImportCheck<ImportUnitChecks.NewUnit> check,
            Runnable eachRow) {
        if (!check.passed()) {
            return ImportResult.rejected(fileName, check.problems());
        }
        Map<String, Long> created = new HashMap<>();
        List<Imported> imported = new ArrayList<>();
        for (ImportUnitChecks.NewUnit unit : check.toCreate()) {
            UnitData data = unit.parentCodeInFile() == null ? unit.data()
                    : under(created.get(unit.parentCodeInFile()), unit.data());
            long id = ImportFailedException.saveRow(unit.row(), () -> unitAdministration.create(data));
            created.put(data.code(), id);
            imported.add(new Imported(unit.row(), data.name(), data.code(), id));
            eachRow.run();
        }
        return succeeded(fileName, imported);
    }

    private ImportResult<Imported> importPeople(String fileName, ImportCheck<ImportPersonChecks.NewPerson> check,
            List<UnitView> existing, Runnable eachRow) {
        if (!check.passed()) {
            return ImportResult.rejected(fileName, check.problems());
        }
        Map<Long, String> codes = new HashMap<>();
        existing.forEach(u -> codes.put(u.id(), u.code()));
        List<Imported> imported = new ArrayList<>();
        for (ImportPersonChecks.NewPerson person : check.toCreate()) {
            ImportFailedException.saveRow(person.row(),
                    () -> personAdministration.create(person.data(), person.head()));
            imported.add(new Imported(person.row(), person.data().fullName(),
                    codes.get(person.data().unitId()), person.data().unitId()));
            eachRow.run();
        }
        return succeeded(fileName, imported);
    }

    private static UnitData under(long parentId, UnitData d) {
        return new UnitData(d.code(), d.name(), d.kind(), parentId, d.address(), d.phone(), d.email());
    }

    private static ImportResult<Imported> succeeded(String fileName, List<Imported> imported) {
        imported.sort(Comparator.comparingInt(Imported::row));
        return ImportResult.succeeded(fileName, imported);
    }
}
